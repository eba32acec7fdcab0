package org.anju.gateway.service.report;

import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.service.CountiesView;
import org.anju.gateway.service.FindingView;
import org.anju.gateway.service.IndicatorView;
import org.anju.gateway.service.IndicatorsView;
import org.anju.gateway.service.ScopeView;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the report in the shape of the seed report (relocation and occupancy, sites, poverty exit, funds,
 * demolition and reclamation, whole-village relocation, facilities, industry and employment, community
 * governance; the city's county table) from the indicator views the indicator API serves. Sentences are
 * message-bundle patterns ({@code report.sentence.<id>}) whose {@code {0}} is the scope's name and whose other
 * arguments are figures; a sentence whose indicators do not exist at the scope's level is left out.
 */
final class ReportWriter {

    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
    private static final Pattern SLOT = Pattern.compile("\u0001(\\d+)\u0002");
    /** An argument that lists the parts of a split indicator instead of one figure. */
    private static final String PARTS = ":parts";

    /** A sentence of the report: its pattern's key, its figures, and the one level it is written at (null: any). */
    record Sentence(String key, List<String> figures, String level) {
    }

    record Chapter(String id, List<Sentence> sentences) {
    }

    private static Sentence sentence(String key, String... figures) {
        return new Sentence(key, List.of(figures), null);
    }

    private static Sentence countySentence(String key, String... figures) {
        return new Sentence(key, List.of(figures), "COUNTY");
    }

    /** The report's chapters, in the seed report's order. */
    static final List<Chapter> CHAPTERS = List.of(
            new Chapter("relocation", List.of(
                    sentence("relocation.task", "relocation.task.people", "relocation.people", "relocation.households",
                            "relocation.task-completion"),
                    sentence("relocation.categories", "relocation.people.registered-poor", "relocation.people.co-relocated"),
                    sentence("occupancy", "occupancy.households", "occupancy.people", "occupancy.rate"),
                    sentence("occupancy.registered-poor", "occupancy.registered-poor.people", "occupancy.registered-poor.rate"),
                    sentence("placement", "placement.people"),
                    sentence("parts", "placement.people" + PARTS),
                    sentence("placement.county-town", "placement.county-town.share"))),
            new Chapter("sites", List.of(
                    sentence("sites", "sites.count", "sites.completed", "sites.completion"))),
            new Chapter("poverty", List.of(
                    sentence("poverty", "poverty.lifted.households", "poverty.lifted.people", "poverty.lifted.rate"))),
            new Chapter("funds", List.of(
                    sentence("funds.received", "funds.received"),
                    sentence("parts", "funds.received" + PARTS),
                    sentence("funds.disbursed", "funds.disbursed", "funds.disbursement.rate"),
                    countySentence("funds.disbursed.county", "funds.disbursed"),
                    sentence("parts", "funds.disbursed" + PARTS),
                    sentence("funds.spent", "funds.spent"),
                    sentence("parts", "funds.spent" + PARTS))),
            new Chapter("homestead", List.of(
                    sentence("homestead", "homestead.to-demolish", "homestead.demolished", "homestead.demolition.rate",
                            "homestead.reclaimed", "homestead.reclamation.rate"))),
            new Chapter("village", List.of(
                    sentence("village", "village.count", "village.relocated", "village.relocated.rate",
                            "village.demolished", "village.demolished.rate", "village.reclaimed", "village.reclaimed.rate"))),
            new Chapter("facilities", List.of(
                    sentence("facilities", "facilities.count"),
                    sentence("parts", "facilities.count" + PARTS))),
            new Chapter("industry", List.of(
                    sentence("industry", "industry.covered.people", "industry.coverage", "industry.projects", "industry.investment"),
                    sentence("employment", "employment.placed", "employment.household-coverage",
                            "employment.zero-employment-households"),
                    sentence("employment.with-labour", "employment.households.with-labour"),
                    sentence("workshops", "workshops.running", "workshops.jobs"),
                    sentence("income", "income.gain", "income.gain.per-household", "income.gain.per-person"),
                    sentence("parts", "income.gain" + PARTS),
                    sentence("income.sources", "income.dividends", "income.workshop-wages"),
                    sentence("training", "training.trainees", "training.employed-after", "job-fairs.hires"))),
            new Chapter("governance", List.of(
                    sentence("party", "party.branches", "party.groups"),
                    sentence("requests", "requests.accepted-on-time.rate", "requests.resolved.rate",
                            "requests.median-resolve-hours", "requests.overdue"),
                    sentence("standard", "sites.standard.compliance"))));

    /** The county table's columns. */
    static final List<String> COUNTY_COLUMNS = List.of("relocation.people", "occupancy.rate", "poverty.lifted.rate",
            "homestead.demolition.rate", "homestead.reclamation.rate", "funds.disbursed", "employment.household-coverage");

    private final Locale locale;
    private final List<FindingView> findings;
    private final Map<String, String> countyNames = new LinkedHashMap<>();
    private final Map<String, Report.Note> notes = new LinkedHashMap<>();

    private ReportWriter(Locale locale, List<FindingView> findings) {
        this.locale = Messages.supported(locale);
        this.findings = findings;
    }

    /**
     * The report of one scope ({@code view}, the city or a county) as of {@code asOf}; {@code counties} (the
     * city report's county table) is null for a county report; {@code findings} are the data-quality findings.
     */
    static Report write(Locale locale, LocalDate asOf, IndicatorsView view, CountiesView counties, List<FindingView> findings) {
        ReportWriter writer = new ReportWriter(locale, findings);
        if (counties != null) {
            counties.counties().forEach(county -> writer.countyNames.put(county.scope().code(), writer.name(county.scope())));
        }
        return writer.report(asOf, view, counties);
    }

    private Report report(LocalDate asOf, IndicatorsView view, CountiesView counties) {
        String scopeName = name(view.scope());
        String date = DateTimeFormatter.ofPattern(text("report.date-pattern"), locale).format(asOf);
        String scopeKey = scopeKey(view.scope());
        List<Report.Section> sections = new ArrayList<>();
        int number = 0;
        for (Chapter chapter : CHAPTERS) {
            List<List<Report.Span>> paragraphs = new ArrayList<>();
            List<Report.Span> paragraph = new ArrayList<>();
            for (Sentence sentence : chapter.sentences()) {
                List<Report.Span> spans = sentence(sentence, scopeName, scopeKey, view);
                if (!spans.isEmpty() && !paragraph.isEmpty()) {
                    // English sentences are set apart by a space; Chinese ones, ending in 。 or ；, by nothing
                    paragraph.add(new Report.Text(text("report.sentence-separator")));
                }
                paragraph.addAll(spans);
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
                number++;
                sections.add(new Report.Section(chapter.id(),
                        render("report.heading", render("report.number." + number), text("report.section." + chapter.id())),
                        paragraphs));
            }
        }
        Report.CountyTable table = counties == null ? null : countyTable(counties, number + 1);
        return new Report(locale, view.scope().code(), asOf, render("report.title", scopeName), render("report.as-of", date),
                render("report.intro", date), sections, table, text("report.notes"), new ArrayList<>(notes.values()),
                text("report.flag-legend"));
    }

    /** A sentence's spans, or none when one of its indicators is not served at this level (or a list of parts is empty). */
    private List<Report.Span> sentence(Sentence sentence, String scopeName, String scopeKey, IndicatorsView view) {
        if (sentence.level() != null && !sentence.level().equals(view.scope().level())) {
            return List.of();
        }
        List<List<Report.Span>> arguments = new ArrayList<>();
        for (String figure : sentence.figures()) {
            boolean parts = figure.endsWith(PARTS);
            String id = parts ? figure.substring(0, figure.length() - PARTS.length()) : figure;
            IndicatorView indicator = find(view, id);
            if (indicator == null) {
                return List.of();
            }
            int note = note(indicator, scopeKey, name(view.scope()));
            List<Report.Span> argument = parts ? parts(indicator, scopeKey, note) : List.of(figure(indicator, null, indicator.value(), scopeKey, note));
            if (argument.isEmpty()) {
                return List.of();
            }
            arguments.add(argument);
        }
        Object[] args = new Object[arguments.size() + 1];
        args[0] = scopeName;
        for (int i = 0; i < arguments.size(); i++) {
            args[i + 1] = "\u0001" + i + "\u0002";
        }
        String pattern = Message.of("report.sentence." + sentence.key(), args).in(locale);
        List<Report.Span> spans = new ArrayList<>();
        Matcher slot = SLOT.matcher(pattern);
        int at = 0;
        while (slot.find()) {
            if (slot.start() > at) {
                spans.add(new Report.Text(pattern.substring(at, slot.start())));
            }
            spans.addAll(arguments.get(Integer.parseInt(slot.group(1))));
            at = slot.end();
        }
        if (at < pattern.length()) {
            spans.add(new Report.Text(pattern.substring(at)));
        }
        return spans;
    }

    /** The parts of a split indicator ("central budget 54,810,000.00 yuan, ..."), largest first; none when it has none. */
    private List<Report.Span> parts(IndicatorView indicator, String scopeKey, int note) {
        if (indicator.breakdown() == null || indicator.breakdown().isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, Object>> entries = new ArrayList<>(indicator.breakdown().entrySet());
        entries.sort((a, b) -> decimal(b.getValue()).compareTo(decimal(a.getValue())));
        List<Report.Span> spans = new ArrayList<>();
        for (Map.Entry<String, Object> part : entries) {
            if (!spans.isEmpty()) {
                spans.add(new Report.Text(text("report.list-separator")));
            }
            spans.add(new Report.Text(render("report.part", partName(part.getKey()))));
            spans.add(figure(indicator, part.getKey(), part.getValue(), scopeKey, note));
        }
        return spans;
    }

    private Report.CountyTable countyTable(CountiesView counties, int number) {
        List<Report.Column> columns = new ArrayList<>();
        for (String id : COUNTY_COLUMNS) {
            IndicatorDefinition definition = CATALOGUE.find(id).orElseThrow();
            columns.add(new Report.Column(id, definition.label().in(locale), columnNote(definition)));
        }
        List<Report.Row> rows = new ArrayList<>();
        for (IndicatorsView county : counties.counties()) {
            String scopeKey = scopeKey(county.scope());
            List<Report.Figure> cells = new ArrayList<>();
            for (Report.Column column : columns) {
                IndicatorView indicator = find(county, column.indicatorId());
                if (indicator == null) {
                    cells.add(null);
                    continue;
                }
                boolean flagged = !findingsOf(column.indicatorId(), scopeKey).isEmpty();
                int note = flagged ? note(indicator, scopeKey, name(county.scope())) : column.note();
                cells.add(figure(indicator, null, indicator.value(), scopeKey, note));
            }
            rows.add(new Report.Row(county.scope().code(), name(county.scope()), cells));
        }
        return new Report.CountyTable(render("report.heading", render("report.number." + number), text("report.section.counties")),
                text("report.county"), columns, rows);
    }

    private Report.Figure figure(IndicatorView indicator, String part, Object value, String scopeKey, int note) {
        boolean flagged = part == null && !findingsOf(indicator.id(), scopeKey).isEmpty();
        return new Report.Figure(indicator.id(), part, scopeKey, raw(value), shown(indicator.unit(), value), note, flagged);
    }

    /** The note of an indicator at a scope: its definition with this scope's numerator and denominator, and its findings. */
    private int note(IndicatorView indicator, String scopeKey, String scopeName) {
        String key = indicator.id() + "@" + scopeKey;
        Report.Note existing = notes.get(key);
        if (existing != null) {
            return existing.number();
        }
        IndicatorDefinition definition = CATALOGUE.find(indicator.id()).orElseThrow();
        String label = render("report.note.label", scopeName, definition.label().in(locale));
        String text = definition.isRate()
                ? render("report.note.rate", label, definition.numeratorDefinition().in(locale), number(indicator.numerator()),
                definition.denominatorDefinition().in(locale), number(indicator.denominator()),
                indicator.value() == null ? text("report.no-rate") : raw(indicator.value()))
                : render("report.note.count", label, definition.numeratorDefinition().in(locale));
        List<String> flags = findingsOf(indicator.id(), scopeKey).stream()
                .map(finding -> render("report.note.finding", finding.title(), finding.message()))
                .toList();
        Report.Note note = new Report.Note(notes.size() + 1, text, flags);
        notes.put(key, note);
        return note.number();
    }

    /** The note heading a county-table column: the definition alone. */
    private int columnNote(IndicatorDefinition definition) {
        String key = definition.id() + "@counties";
        Report.Note existing = notes.get(key);
        if (existing != null) {
            return existing.number();
        }
        String label = render("report.note.label", text("report.each-county"), definition.label().in(locale));
        String text = definition.isRate()
                ? render("report.note.rate-definition", label, definition.numeratorDefinition().in(locale),
                definition.denominatorDefinition().in(locale))
                : render("report.note.count", label, definition.numeratorDefinition().in(locale));
        Report.Note note = new Report.Note(notes.size() + 1, text, List.of());
        notes.put(key, note);
        return note.number();
    }

    private List<FindingView> findingsOf(String indicatorId, String scopeKey) {
        return findings.stream()
                .filter(finding -> finding.indicatorId() != null && scopeKey.equals(finding.scope()))
                .filter(finding -> finding.indicatorId().equals(indicatorId) || finding.indicatorId().startsWith(indicatorId + ":"))
                .toList();
    }

    private static IndicatorView find(IndicatorsView view, String id) {
        return view.indicators().stream().filter(indicator -> indicator.id().equals(id)).findFirst().orElse(null);
    }

    static String scopeKey(ScopeView scope) {
        return "COUNTY".equals(scope.level()) ? "county:" + scope.code() : "city";
    }

    private String name(ScopeView scope) {
        String name = locale.equals(Messages.ZH) ? scope.zh() : scope.en();
        return name == null ? scope.code() : name;
    }

    private String partName(String key) {
        if (countyNames.containsKey(key)) {
            return countyNames.get(key);
        }
        String name = Messages.pattern("report.part." + key, locale);
        return name == null ? key : name;
    }

    /** The indicator API's value as a plain string: money with its two decimals, counts whole, ratios with their six decimals. */
    static String raw(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** How the report shows a figure in its unit: grouped digits, yuan with two decimals, rates in percent with two decimals. */
    String shown(String unit, Object value) {
        if (value == null) {
            return text("report.no-value");
        }
        BigDecimal decimal = decimal(value);
        return switch (unit) {
            case "RATIO" -> render("report.unit.RATIO", format(decimal.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN), "#,##0.00"));
            case "YUAN" -> render("report.unit.YUAN", format(decimal, "#,##0.00"));
            default -> render("report.unit." + unit, format(decimal, "#,##0.##"));
        };
    }

    /** A numerator or denominator in a note: grouped digits (money with two decimals). */
    private String number(Object value) {
        if (value == null) {
            return "—";
        }
        return value instanceof String ? format(decimal(value), "#,##0.00") : format(decimal(value), "#,##0.##");
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(Objects.toString(value, "0"));
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    private String text(String key) {
        return Message.of(key).in(locale);
    }

    private String render(String key, Object... args) {
        return Message.of(key, args).in(locale);
    }
}
