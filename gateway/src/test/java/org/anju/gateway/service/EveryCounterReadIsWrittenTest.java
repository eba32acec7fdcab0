package org.anju.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Counter;
import org.anju.gateway.domain.CounterKey;
import org.anju.gateway.domain.DataQualityRules;
import org.anju.gateway.domain.Dating;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.ResolveTimeHistogram;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.domain.Unit;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.programme.AdministrativeDivisions;
import org.anju.testing.EventContracts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A counter that an indicator, a counter target or a data-quality rule reads but no counting rule
 * writes reads as 0 for ever, silently. "Written" is what the projectors actually emit: every
 * event type of the counted producers' contracts ({@code contracts/<producer>/*.schema.json}) is
 * fed to the gateway's event recognition and counting rules as many random snapshots generated
 * from its JSON Schema (each checked against that schema), and every counter they touch is
 * collected with the levels (city, county, site) it was written at.
 */
class EveryCounterReadIsWrittenTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PRODUCERS = List.of("households", "funding", "industry", "governance");
    /** Event types of the counted producers the gateway deliberately does not count. */
    private static final Set<String> NOT_COUNTED = Set.of("anju.funding.RewardProposed", "anju.funding.RewardApproved");
    private static final int SNAPSHOTS_PER_TYPE = 150;
    /** Dividends (an undated running total) recorded once, so that what they count is written too. */
    private static final Dating DATING = new Dating(LocalDate.of(2026, 1, 1), ZoneId.of("Asia/Shanghai"),
            new java.util.TreeMap<>(Map.of(LocalDate.of(2026, 1, 1), java.math.BigDecimal.TEN)));

    /** Counter key → the levels some projector wrote it at. */
    private static final Map<String, Set<Scope.Level>> WRITTEN = new HashMap<>();
    private static final Set<String> NOT_COUNTED_SEEN = new TreeSet<>();

    @BeforeAll
    static void feedEveryCountingRuleSnapshotsOfEveryContractEvent() {
        SnapshotGenerator generator = new SnapshotGenerator(new Random(20201123L));
        for (String producer : PRODUCERS) {
            for (String name : eventNames(producer)) {
                JsonNode schema = schema("contracts/" + producer + "/" + name + ".schema.json");
                for (int i = 0; i < SNAPSHOTS_PER_TYPE; i++) {
                    EventEnvelope event = event(producer, name, generator.object("data", schema));
                    CountedEvents.of(event).ifPresentOrElse(
                            counted -> collect(counted.projector().contributions(counted.kind(), event.data(), DATING), event),
                            () -> NOT_COUNTED_SEEN.add(event.type()));
                }
            }
        }
    }

    @Test
    void everyCounterTheCatalogueAndTheDataQualityRulesReadIsWrittenWhereItIsRead() {
        assertThat(readButNeverWritten(IndicatorCatalogue.standard(), DataQualityRules.countersRead())).isEmpty();
    }

    @Test
    void aCounterReadThatNoProjectorWritesIsCaught() {
        List<IndicatorDefinition> definitions = new ArrayList<>(IndicatorCatalogue.standard().all());
        // the histogram's buckets are written, never its bare name
        definitions.add(new IndicatorDefinition("requests.resolve-hours", Unit.HOURS,
                Counter.REQUESTS_RESOLVE_HOURS, null, Set.of(Scope.Level.CITY), null, "governance.v1"));
        // relocation tasks are set for the city and counties, never for a site
        definitions.add(new IndicatorDefinition("sites.task", Unit.PEOPLE,
                Counter.TASK_PEOPLE, null, Set.of(Scope.Level.SITE), null, "households.v1"));

        assertThat(readButNeverWritten(new IndicatorCatalogue(definitions), Set.of(Counter.REQUESTS_RESOLVE_HOURS)))
                .containsExactlyInAnyOrder(
                        "requests.resolve-hours at CITY (indicator requests.resolve-hours)",
                        "task.people at SITE (indicator sites.task)",
                        "requests.resolve-hours (data-quality rules)");
    }

    @Test
    void everyEventTypeOfTheCountedProducersIsCountedUnlessDeliberatelyNot() {
        assertThat(NOT_COUNTED_SEEN).containsExactlyInAnyOrderElementsOf(NOT_COUNTED);
    }

    /** What {@code catalogue} and data-quality rules reading {@code ruleCounters} read that no projector writes. */
    private static List<String> readButNeverWritten(IndicatorCatalogue catalogue, Set<Counter> ruleCounters) {
        List<String> missing = new ArrayList<>();
        for (IndicatorDefinition indicator : catalogue.all()) {
            String reader = " (indicator " + indicator.id() + ")";
            for (Scope.Level level : indicator.levels()) {
                List<CounterKey> reads = new ArrayList<>(List.of(indicator.numerator()));
                if (indicator.isRate()) {
                    reads.add(indicator.denominator());
                }
                if (indicator.unit() == Unit.HOURS) {
                    reads.addAll(ResolveTimeHistogram.buckets());
                }
                reads.stream().filter(counter -> !written(counter, level))
                        .forEach(counter -> missing.add(counter.key() + " at " + level + reader));
                if (indicator.breakdown() != null && !indicator.breakdown().isDerived() && WRITTEN.entrySet().stream()
                        .noneMatch(entry -> indicator.breakdown().isPartKey(entry.getKey()) && entry.getValue().contains(level))) {
                    missing.add(indicator.breakdown().key() + ":<part> at " + level + reader);
                }
            }
            catalogue.counterTarget(indicator.id()).filter(target -> !WRITTEN.containsKey(target.key()))
                    .ifPresent(target -> missing.add(target.key() + " (target of " + indicator.id() + ")"));
        }
        ruleCounters.stream().filter(counter -> !WRITTEN.containsKey(counter.key()))
                .forEach(counter -> missing.add(counter.key() + " (data-quality rules)"));
        return missing;
    }

    private static boolean written(String counter, Scope.Level level) {
        return WRITTEN.getOrDefault(counter, Set.of()).contains(level);
    }

    /** A derived counter (people placed by mode) is read from the people counted at each site. */
    private static boolean written(CounterKey counter, Scope.Level level) {
        if (counter instanceof Counter derived && derived.isDerived()) {
            return written(Counter.PEOPLE.key(), Scope.Level.SITE);
        }
        return written(counter.key(), level);
    }

    private static void collect(Contributions contributions, EventEnvelope event) {
        // by day: a fact that stops counting (a year's dividends) sums to nothing, yet writes its counter
        contributions.days().byDay().forEach((scope, counters) ->
                counters.keySet().forEach(counter -> written(counter).add(level(scope))));
        contributions.distinctMembers().forEach(member ->
                member.scopes().forEach(scope -> written(member.counter().key()).add(scope.level())));
    }

    private static Set<Scope.Level> written(String counter) {
        return WRITTEN.computeIfAbsent(counter, k -> EnumSet.noneOf(Scope.Level.class));
    }

    private static Scope.Level level(String scopeKey) {
        return scopeKey.equals(Scope.CITY.key()) ? Scope.Level.CITY
                : scopeKey.startsWith("county:") ? Scope.Level.COUNTY : Scope.Level.SITE;
    }

    /** The event as its producer would publish it, checked against the envelope's and the type's contract. */
    private static EventEnvelope event(String producer, String name, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        String source = "/anju/" + producer + "-service";
        String type = "anju." + producer + "." + name;
        String time = "2026-01-01T00:00:00Z";
        String subject = data.path("id").isTextual() ? data.path("id").asText() : data.path("householdId").asText("aggregate");
        long version = Math.max(1, data.path("version").asLong(1));
        String county = data.path("county").isTextual() ? data.path("county").asText() : null;
        ObjectNode envelope = JSON.createObjectNode().put("specversion", "1.0").put("id", id).put("source", source)
                .put("type", type).put("time", time).put("subject", subject).put("datacontenttype", "application/json")
                .put("aggregateversion", version);
        if (county != null) {
            envelope.put("county", county);
        }
        envelope.set("data", data);
        EventContracts.assertValid(envelope);
        return new EventEnvelope(id, source, type, OffsetDateTime.parse(time), subject, county, version, data);
    }

    /** The event names with a schema in {@code contracts/<producer>/} on the class path. */
    private static List<String> eventNames(String producer) {
        try {
            URI folder = Thread.currentThread().getContextClassLoader().getResource("contracts/" + producer).toURI();
            if (!folder.getScheme().equals("jar")) {
                return eventNames(Path.of(folder));
            }
            try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                return eventNames(jar.provider().getPath(folder));
            } catch (FileSystemAlreadyExistsException e) {
                return eventNames(FileSystems.getFileSystem(folder).provider().getPath(folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> eventNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".schema.json"))
                    .map(file -> file.substring(0, file.length() - ".schema.json".length()))
                    .sorted().toList();
            assertThat(names).as("schemas of " + folder).isNotEmpty();
            return names;
        }
    }

    private static JsonNode schema(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Random values that satisfy a contract's JSON Schema (the keywords the contracts use): every
     * enum value, true and false, null and a value for nullable fields, optional fields present or
     * not, and instants spread from a minute to weeks apart so that every resolve-time bucket is hit.
     */
    private static final class SnapshotGenerator {

        private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
        private static final List<String> SOURCES = List.of("CENTRAL_BUDGET", "LOCAL_GOVERNMENT_BOND", "POLICY_LOAN", "CITY_FISCAL");

        private final Random random;
        private final List<String> counties = AdministrativeDivisions.programme().countiesInOrder();
        private final Map<String, Supplier<String>> byPattern;

        SnapshotGenerator(Random random) {
            this.random = random;
            this.byPattern = Map.of(
                    "^[0-9]{1,16}\\.[0-9]{2}$", () -> (1 + random.nextInt(1_000_000)) + "." + random.nextInt(10) + random.nextInt(10),
                    "^[A-Z][A-Z_]*$", () -> pick(SOURCES),
                    "^[0-9]{4}-[0-9]{4}$", () -> "2016-2020",
                    "^[A-Za-z0-9._:-]{1,64}$", () -> "member-" + random.nextInt(100));
        }

        ObjectNode object(String name, JsonNode schema) {
            ObjectNode object = JSON.createObjectNode();
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(field -> required.add(field.asText()));
            schema.path("properties").fields().forEachRemaining(property -> {
                if (required.contains(property.getKey()) || random.nextInt(5) > 0) {
                    object.set(property.getKey(), value(name + "." + property.getKey(), property.getKey(), property.getValue()));
                }
            });
            return object;
        }

        private JsonNode value(String path, String name, JsonNode schema) {
            if (schema.has("const")) {
                return schema.get("const");
            }
            if (schema.has("enum")) {
                return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
            }
            List<String> types = new ArrayList<>();
            if (schema.path("type").isArray()) {
                schema.path("type").forEach(type -> types.add(type.asText()));
            } else {
                types.add(schema.path("type").asText());
            }
            if (types.contains("null") && (types.size() == 1 || random.nextInt(10) < 3)) {
                return NullNode.getInstance();
            }
            String type = types.stream().filter(candidate -> !candidate.equals("null")).findFirst().orElseThrow();
            return switch (type) {
                case "string" -> TextNode.valueOf(string(path, name, schema));
                case "integer" -> IntNode.valueOf(integer(schema));
                case "boolean" -> BooleanNode.valueOf(random.nextBoolean());
                case "object" -> object(path, schema);
                case "array" -> {
                    ArrayNode array = JSON.createArrayNode();
                    int minItems = schema.path("minItems").asInt(0);
                    int items = minItems + random.nextInt(Math.min(2, schema.path("maxItems").asInt(Integer.MAX_VALUE) - minItems) + 1);
                    for (int i = 0; i < items; i++) {
                        array.add(value(path + "[]", name, schema.path("items")));
                    }
                    yield array;
                }
                default -> throw new AssertionError("no generator for " + path + " of type '" + type + "': " + schema);
            };
        }

        private String string(String path, String name, JsonNode schema) {
            if (name.equals("county")) {
                return pick(counties);
            }
            String format = schema.path("format").asText("");
            return switch (format) {
                case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
                case "date" -> LocalDate.of(2016, 1, 1).plusDays(random.nextInt(2000)).toString();
                // 1 minute to 45 days after the epoch, as many in each doubling
                case "date-time" -> EPOCH.plusSeconds(60 * (long) Math.pow(2, random.nextDouble() * 16)).toString();
                default -> {
                    if (schema.has("pattern")) {
                        Supplier<String> generator = byPattern.get(schema.get("pattern").asText());
                        if (generator == null) {
                            throw new AssertionError("no generator for " + path + " with pattern " + schema.get("pattern"));
                        }
                        yield generator.get();
                    }
                    yield "text-" + random.nextInt(1000);
                }
            };
        }

        private int integer(JsonNode schema) {
            int minimum = schema.path("minimum").asInt(0);
            int maximum = schema.has("maximum") ? schema.get("maximum").asInt() : minimum + 5;
            return minimum + random.nextInt(maximum - minimum + 1);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
