package org.anju.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CI's smoke run: {@code ./suite bench} end to end at a tiny scale against a real suite of its
 * own. It checks that every row was measured, not that the targets are met (that is what the
 * manual full run is for).
 */
class BenchSmokeIT {

    private static final Path ROOT = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();

    @Test
    void aTinyRunMeasuresEveryRowAndWritesTheTable() throws Exception {
        Path results = ROOT.resolve("bench/target/smoke-results");
        Path output = ROOT.resolve("bench/target/smoke-run.log");
        Files.createDirectories(results);
        ProcessBuilder bench = new ProcessBuilder(ROOT.resolve("suite").toString(), "bench", "--scale", "200", "--results", results.toString())
                .directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // build logs of ./suite itself stay in target; the benchmark's suite has its own home anyway
        bench.environment().put("ANJU_SUITE_HOME", ROOT.resolve("bench/target/smoke-home").toString());
        bench.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = bench.start();
        if (!process.waitFor(8, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("./suite bench --scale 200 exit code; its output:\n%s", log).isZero();

        JsonNode report = Gateway.JSON.readTree(results.resolve("scale-200.json").toFile());
        List<String> ids = new ArrayList<>();
        for (JsonNode row : report.path("rows")) {
            ids.add(row.path("id").asText());
            assertThat(row.path("suite").asDouble()).as(row.toString()).isPositive();
            if (!row.path("baseline").isNull()) {
                assertThat(row.path("baseline").asDouble()).as(row.toString()).isPositive();
            }
        }
        assertThat(ids).contains("1a", "1b", "2", "3a", "3b", "3c", "4a", "4b", "5");
        assertThat(ids.stream().filter("6"::equals).count()).as("footprint rows").isEqualTo(5 + 2 * 7 + 2);

        String table = Files.readString(results.resolve("latest.md"), StandardCharsets.UTF_8);
        assertThat(table).contains("| 1a |", "| 2 |", "| 3b |", "| 4a |", "| 4b |", "| 5 |", "## Growth").isEqualTo(
                Files.readString(results.resolve("scale-200.md"), StandardCharsets.UTF_8));
        assertThat(log).contains("| 1a |");
    }
}
