package org.anju.bench;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results of one run: a Markdown table (printed, and written to {@code scale-N.md} and
 * {@code latest.md}) and the same rows as JSON ({@code scale-N.json}) from which the growth table
 * over every scale that has results is built.
 */
record Report(int scale, String date, String machine, List<Row> rows, List<String> notes) {

    /** A target on the ratio (suite ÷ baseline) or on the suite's own figure. */
    record Target(String kind, double bound) {

        static Target ratioAtLeast(double bound) {
            return new Target("ratio>=", bound);
        }

        static Target atMost(double bound) {
            return new Target("value<=", bound);
        }

        boolean met(Row row) {
            return kind.equals("ratio>=") ? row.ratio().orElse(0.0) >= bound : row.suite() <= bound;
        }

        String describe(String unit) {
            return kind.equals("ratio>=") ? "≥ " + number(bound) + "×" : "≤ " + number(bound) + " " + unit;
        }
    }

    /** One measured figure; {@code baseline} and {@code target} are null where the issue names none. */
    record Row(String id, String measured, double suite, Double baseline, String baselineName, String unit, Target target) {

        Optional<Double> ratio() {
            return baseline == null || baseline == 0 ? Optional.empty() : Optional.of(suite / baseline);
        }
    }

    String markdown(Path results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Anju benchmark — ").append(String.format(Locale.ROOT, "%,d", scale)).append(" households\n\n");
        md.append("Run ").append(date).append(" on ").append(machine).append(". Every figure below was measured in this run; ")
                .append("ratios are suite ÷ baseline. How to read it: `bench/README.md`.\n\n");
        md.append("| # | measured | suite | baseline (same run) | ratio | target | met? |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.id()).append(" | ").append(row.measured()).append(" | ").append(number(row.suite())).append(' ')
                    .append(row.unit()).append(" | ")
                    .append(row.baseline() == null ? "—" : number(row.baseline()) + " " + row.unit() + " (" + row.baselineName() + ")")
                    .append(" | ").append(row.ratio().map(r -> number(r) + "×").orElse("—")).append(" | ")
                    .append(row.target() == null ? "—" : row.target().describe(row.unit())).append(" | ")
                    .append(row.target() == null ? "—" : row.target().met(row) ? "yes" : "**no**").append(" |\n");
        }
        md.append("\nNotes:\n\n");
        notes.forEach(note -> md.append("- ").append(note).append('\n'));
        md.append(growth(results));
        return md.toString();
    }

    void write(Path results) throws IOException {
        Files.createDirectories(results);
        Gateway.JSON.writerWithDefaultPrettyPrinter().with(SerializationFeature.INDENT_OUTPUT)
                .writeValue(results.resolve("scale-" + scale + ".json").toFile(), this);
        String md = markdown(results);
        Files.writeString(results.resolve("scale-" + scale + ".md"), md, StandardCharsets.UTF_8);
        Files.writeString(results.resolve("latest.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** Rows 1 and 4 at every scale with results in {@code results}: how cost grows with data. */
    private static String growth(Path results) throws IOException {
        List<Report> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("scale-\\d+\\.json")).toList()) {
                reports.add(Gateway.JSON.readValue(file.toFile(), Report.class));
            }
        }
        reports.sort(Comparator.comparingInt(Report::scale));
        StringBuilder md = new StringBuilder("\n## Growth (rows 1 and 4 at every scale with results)\n\n");
        md.append("| households | run | import (households/s) | COPY (households/s) | ratio | indicator reads (req/s) | SQL GROUP BY (queries/s) | ratio | indicator p99 | SQL p99 |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report report : reports) {
            Map<String, Row> rows = report.rows().stream().collect(Collectors.toMap(Row::id, Function.identity(), (first, next) -> first));
            Row imported = rows.get("1a"), reads = rows.get("4a"), p99 = rows.get("4b");
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s ms | %s ms |%n", report.scale(), report.date(),
                    number(imported.suite()), number(imported.baseline()), number(imported.ratio().orElse(0.0)) + "×",
                    number(reads.suite()), number(reads.baseline()), number(reads.ratio().orElse(0.0)) + "×",
                    number(p99.suite()), number(p99.baseline())));
        }
        return md.toString();
    }

    /** Three significant digits, thousands separated: enough for ratios, honest about noise. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
