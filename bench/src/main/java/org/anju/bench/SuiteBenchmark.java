package org.anju.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;
import org.anju.bench.Report.Row;
import org.anju.bench.Report.Target;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./suite bench [--scale N]}: starts a suite of its own, measures it against what
 * PostgreSQL and Kafka themselves do on the same machine in the same run, and writes the table.
 * Every phase is bounded by a count and a time and fails the run with a message when it overruns.
 */
public final class SuiteBenchmark {

    private static final String HOUSEHOLDS_TOPIC = "households.v1";
    private static final List<String> EVENT_TOPICS = List.of("households.v1", "funding.v1", "industry.v1", "governance.v1");
    private static final String FRESHNESS_COUNTY = "140723";
    private static final int READ_CLIENTS = 32;
    private static final int WRITE_RATE = 500;
    private static final int POLLERS = 4;
    /** Households per import file: a county's households at 1M would make a 40 MB file, more than a service should parse at once. */
    private static final int IMPORT_FILE_HOUSEHOLDS = 10_000;

    /** How much each phase does at a scale: the smoke run (small N) keeps every phase to seconds. */
    record Budget(int pipelineCommands, int producerRecords, Duration freshness, int reads, Duration readTime, Duration importTimeout) {

        static Budget of(int scale) {
            boolean smoke = scale < 5_000;
            return new Budget(Math.min(5_000, Math.max(200, scale / 2)), smoke ? 20_000 : 200_000,
                    Duration.ofSeconds(smoke ? 2 : 20), smoke ? 1_000 : 20_000, Duration.ofSeconds(smoke ? 10 : 30),
                    Duration.ofSeconds(120 + scale / 50));
        }
    }

    private final int scale;
    private final Budget budget;
    private final BenchSuite suite;
    private final Path results;
    private final Path logs;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Gateway gateway;
    private KafkaBaselines kafka;

    SuiteBenchmark(int scale, BenchSuite suite, Path results, Path logs) {
        this.scale = scale;
        this.budget = Budget.of(scale);
        this.suite = suite;
        this.results = results;
        this.logs = logs;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        int scale = 100_000, offset = 300;
        Path results = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--root" -> root = Path.of(value);
                case "--scale" -> scale = Integer.parseInt(value);
                case "--port-offset" -> offset = Integer.parseInt(value);
                case "--results" -> results = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: SuiteBenchmark --root DIR [--scale N] [--port-offset 300] [--results DIR]");
            }
            i++;
        }
        if (scale < 11) {
            throw new IllegalArgumentException("--scale must be at least 11 (one household per county)");
        }
        root = root.toAbsolutePath().normalize();
        Path target = root.resolve("bench/target");
        BenchSuite suite = new BenchSuite(root, target.resolve("suite-home"), offset);
        SuiteBenchmark benchmark = new SuiteBenchmark(scale, suite, results == null ? root.resolve("bench/results") : results,
                target.resolve("bench-logs"));
        benchmark.run();
    }

    void run() throws Exception {
        String date = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        long started = System.nanoTime();
        // Ctrl-C skips the finally below: the hook still stops the bench suite so that no process outlives the run
        Thread stopOnInterrupt = new Thread(() -> {
            try {
                suite.down();
            } catch (Exception e) {
                System.err.println("bench: could not stop the bench suite: " + e.getMessage());
            }
        }, "bench-suite-down");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            step("starting a fresh suite (ports moved, data in " + suite.gatewayUrl() + " / bench/target/suite-home)");
            List<BenchSuite.Startup> startups = suite.up();
            gateway = new Gateway(suite.gatewayUrl(), suite.token("city-admin,ops"));
            kafka = new KafkaBaselines(suite.kafkaBootstrap(), logs);
            Thread.sleep(5_000); // let the applications settle before "idle" is read
            List<BenchSuite.Memory> idle = suite.memory();

            bulkImport();
            pipeline();
            freshness();
            indicatorReads();
            rebuild();
            footprint(startups, idle, suite.memory());
        } finally {
            step("stopping the bench suite");
            boolean interrupted = false;
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException shutdownInProgress) {
                interrupted = true; // the hook is stopping the suite already
            }
            if (!interrupted) {
                suite.down();
                suite.deleteHome();
            }
        }
        notes.add(String.format(Locale.ROOT, "The whole run took %d s.", (System.nanoTime() - started) / 1_000_000_000L));
        new Report(scale, date, machine(), rows, notes).write(results);
    }

    // ------------------------------------------------------------------ 1. bulk import vs COPY

    private void bulkImport() throws Exception {
        SyntheticHouseholds households = new SyntheticHouseholds("B", scale, 0, 42);
        step(String.format(Locale.ROOT, "1. importing %,d households (%,d people) through the gateway", scale, households.people()));
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        List<String> jobs = new ArrayList<>();
        for (int part = 0; part < households.files(IMPORT_FILE_HOUSEHOLDS); part++) {
            for (String county : SyntheticHouseholds.COUNTIES) {
                String csv = households.csv(county, part, IMPORT_FILE_HOUSEHOLDS);
                if (csv.length() > SyntheticHouseholds.CSV_HEADER.length()) { // a county one household short may have no last part
                    jobs.add(gateway.post("/api/v1/imports/households", "text/csv", csv, 202).path("id").asText());
                }
            }
        }
        Instant lastFinished = start;
        long deadline = startNanos + budget.importTimeout().toNanos();
        for (String job : jobs) {
            JsonNode status;
            while ((status = gateway.get("/api/v1/imports/" + job)).path("finishedAt").isNull()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the imports did not finish within " + budget.importTimeout() + "; job " + job + ": " + status);
                }
                Thread.sleep(200);
            }
            if (!status.path("status").asText().equals("COMPLETED") || status.path("householdsRejected").asInt() != 0) {
                throw new IllegalStateException("import " + job + " did not import every household: " + status);
            }
            Instant finished = Instant.parse(status.path("finishedAt").asText());
            lastFinished = finished.isAfter(lastFinished) ? finished : lastFinished;
        }
        double imported = Duration.between(start, lastFinished).toNanos() / 1e9;
        gateway.awaitIndicator("relocation.households", null, value -> value >= scale, Duration.ofMillis(100),
                budget.importTimeout(), "the gateway projection after the import");
        double projected = (System.nanoTime() - startNanos) / 1e9;

        step("1. COPY of the same rows into copies of households-service's tables");
        double copy = copy(households);
        rows.add(new Row("1a", "Bulk import: households/s (with members) until every import job is done", scale / imported,
                scale / copy, "PostgreSQL COPY", "households/s", Target.ratioAtLeast(0.25)));
        rows.add(new Row("1b", "Bulk import: households/s until the gateway's indicators count every household", scale / projected,
                scale / copy, "PostgreSQL COPY", "households/s", null));
        notes.add(String.format(Locale.ROOT, "1: %,d households with %,d members in %d per-county CSV files (at most %,d households each) through `POST /api/v1/imports/households`"
                + " (validation, one HouseholdRegistered per household through the outbox): jobs done after %.1f s (the last job's `finishedAt`),"
                + " the gateway's city `relocation.households` showed all of them after %.1f s (polled every 100 ms). COPY: the same rows"
                + " (text format, streamed as generated) into `LIKE … INCLUDING ALL` copies of `households` and `household_members` with"
                + " the members' foreign key, one transaction, %.1f s.", scale, households.people(), jobs.size(), IMPORT_FILE_HOUSEHOLDS,
                imported, projected, copy));
    }

    private double copy(SyntheticHouseholds households) throws SQLException {
        try (Connection db = database("households"); Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_copy_members, bench_copy_households");
            sql.execute("CREATE TABLE bench_copy_households (LIKE households INCLUDING ALL)");
            sql.execute("CREATE TABLE bench_copy_members (LIKE household_members INCLUDING ALL)");
            sql.execute("ALTER TABLE bench_copy_members ADD FOREIGN KEY (household_id) REFERENCES bench_copy_households (id) ON DELETE CASCADE");
            db.setAutoCommit(false);
            long started = System.nanoTime();
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            // households first (the members' foreign key), each streamed in pieces of about 1 MiB as it is generated
            stream(copy.copyIn("COPY bench_copy_households FROM STDIN"), households, households::householdRow);
            stream(copy.copyIn("COPY bench_copy_members FROM STDIN"), households, households::memberRows);
            db.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            db.setAutoCommit(true);
            sql.execute("DROP TABLE bench_copy_members, bench_copy_households");
            return seconds;
        }
    }

    private static void stream(CopyIn copy, SyntheticHouseholds households,
                               java.util.function.BiConsumer<SyntheticHouseholds.Household, StringBuilder> rows) throws SQLException {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < households.size(); i++) {
            rows.accept(households.get(i), chunk);
            if (chunk.length() > 1 << 20 || i == households.size() - 1) {
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                chunk.setLength(0);
            }
        }
        copy.endCopy();
    }

    // ------------------------------------------------------------------ 2. event pipeline vs ProducerPerformance

    private void pipeline() throws Exception {
        int commands = budget.pipelineCommands();
        SyntheticHouseholds households = new SyntheticHouseholds("P", commands, 5_000_000, 7);
        long before = gateway.indicator("relocation.households", null);
        step(String.format(Locale.ROOT, "2. %,d household registrations through API → outbox → Kafka → gateway projection", commands));
        long started = System.nanoTime();
        ClosedLoop.Outcome sent = ClosedLoop.run("registrations", 16, commands, budget.importTimeout(),
                (worker, i) -> gateway.post("/api/v1/households", "application/json", households.json(households.get((int) i)), 201));
        gateway.awaitIndicator("relocation.households", null, value -> value >= before + sent.completed(), Duration.ofMillis(20),
                budget.importTimeout(), "the gateway projection after the registrations");
        double seconds = (System.nanoTime() - started) / 1e9;

        double size = kafka.averageValueSize(HOUSEHOLDS_TOPIC, 1_000);
        step(String.format(Locale.ROOT, "2. ProducerPerformance: %,d records of %.0f bytes", budget.producerRecords(), size));
        kafka.createTopic("bench.producer-performance", 3);
        KafkaBaselines.Throughput produced = kafka.producerPerformance("bench.producer-performance", budget.producerRecords(), (int) Math.round(size));
        rows.add(new Row("2", "Event pipeline: household commands/s through API → outbox → Kafka → gateway projection",
                sent.completed() / seconds, produced.perSecond(), "Kafka ProducerPerformance", "ops/s", Target.ratioAtLeast(0.2)));
        notes.add(String.format(Locale.ROOT, "2: %,d `POST /api/v1/households` (16 concurrent clients, %.1f ms p99 to 201) until the gateway counted"
                + " them all: %.1f s. ProducerPerformance: %,d records of %d bytes (the mean value size of the newest households.v1 events),"
                + " acks=all, idempotent, no throttle, on topic bench.producer-performance (3 partitions like the suite's).",
                sent.completed(), sent.percentileMillis(99), seconds, produced.records(), Math.round(size)));
    }

    // ------------------------------------------------------------------ 3. freshness at 500 writes/s

    /** One indicator reading: when its answer arrived and the count it showed. */
    private record Reading(long nanos, long value) {
    }

    private void freshness() throws Exception {
        int writes = (int) (WRITE_RATE * budget.freshness().toSeconds());
        SyntheticHouseholds households = new SyntheticHouseholds("F", writes, 6_000_000, 11);
        long base = gateway.indicator("relocation.households", FRESHNESS_COUNTY);
        step(String.format(Locale.ROOT, "3. freshness: %,d registrations at %d/s in county %s, indicator polled meanwhile", writes, WRITE_RATE, FRESHNESS_COUNTY));

        ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger failedReadings = new AtomicInteger();
        AtomicLong skipped = new AtomicLong();
        AtomicBoolean polling = new AtomicBoolean(true);
        List<Reading> readings = java.util.Collections.synchronizedList(new ArrayList<>());
        // several pollers, so that a reading arrives more often than one indicator read takes
        List<Thread> pollers = new ArrayList<>();
        for (int p = 0; p < POLLERS; p++) {
            Thread poller = new Thread(() -> {
                while (polling.get()) {
                    try {
                        long value = gateway.indicator("relocation.households", FRESHNESS_COUNTY);
                        readings.add(new Reading(System.nanoTime(), value));
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        failedReadings.incrementAndGet();
                    }
                }
            }, "indicator-poller-" + p);
            poller.start();
            pollers.add(poller);
            Thread.sleep(5);
        }

        // open loop: write i is due at start + i / rate, whether or not earlier writes have answered
        long interval = 1_000_000_000L / WRITE_RATE;
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<Void>>> inFlight = new ArrayList<>();
        AtomicInteger pending = new AtomicInteger();
        for (int i = 0; i < writes; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            if (pending.get() >= 2_000) {
                skipped.incrementAndGet(); // the suite is far behind: bounded, and reported
                continue;
            }
            pending.incrementAndGet();
            inFlight.add(gateway.postAsync("/api/v1/households", households.json(households.get(i, FRESHNESS_COUNTY))).whenComplete((response, error) -> {
                pending.decrementAndGet();
                if (error == null && response.statusCode() == 201) {
                    acks.add(System.nanoTime());
                } else {
                    failures.incrementAndGet();
                }
            }));
        }
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null)
                .get(60, java.util.concurrent.TimeUnit.SECONDS);
        int acked = acks.size();
        long lastAck = acks.stream().mapToLong(Long::longValue).max().orElse(start);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (lastValue(readings) < base + acked || lastReading(readings) < lastAck) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("freshness: the county indicator shows " + lastValue(readings) + ", not " + (base + acked) + ", 60 s after the last write");
            }
            Thread.sleep(10);
        }
        polling.set(false);
        for (Thread poller : pollers) {
            poller.join(10_000);
        }

        // write r (the r-th to be acknowledged) is visible at the first reading after its 2xx that counts at least r new households
        List<Long> ackTimes = acks.stream().sorted().toList();
        List<Reading> seen;
        synchronized (readings) {
            seen = readings.stream().sorted(java.util.Comparator.comparingLong(Reading::nanos)).toList();
        }
        Histogram micros = new Histogram(600_000_000L, 3);
        int reading = 0;
        for (int r = 0; r < ackTimes.size(); r++) {
            long ack = ackTimes.get(r);
            while (seen.get(reading).nanos() < ack || seen.get(reading).value() < base + r + 1) {
                reading++;
            }
            micros.recordValue(Math.max(1, (seen.get(reading).nanos() - ack) / 1000));
        }
        double pollMillis = pollInterval(seen);
        rows.add(new Row("3a", "Freshness at 500 writes/s: 2xx → county indicator, p50", micros.getValueAtPercentile(50) / 1000.0, null, null, "ms", null));
        rows.add(new Row("3b", "Freshness at 500 writes/s: p99", micros.getValueAtPercentile(99) / 1000.0, null, null, "ms", Target.atMost(250)));
        rows.add(new Row("3c", "Freshness at 500 writes/s: max", micros.getMaxValue() / 1000.0, null, null, "ms", null));
        notes.add(String.format(Locale.ROOT, "3: open-loop `POST /api/v1/households` into county %s, one due every 2 ms for %d s (async, at most"
                + " 2,000 in flight): %,d acknowledged with 201 (%.0f writes/s achieved over %.1f s), %d failed, %d not sent because 2,000 were"
                + " in flight. A write counts as visible at the first reading of the county's `relocation.households` that arrived after its 201"
                + " and counts at least as many new households as had been acknowledged by then; %d threads polled it continuously, a reading"
                + " every %.1f ms on average, which bounds the resolution (%d readings failed).", FRESHNESS_COUNTY, budget.freshness().toSeconds(), acked,
                acked / sendSeconds, sendSeconds, failures.get(), skipped.get(), POLLERS, pollMillis, failedReadings.get()));
    }

    private static long lastValue(List<Reading> readings) {
        synchronized (readings) {
            return readings.isEmpty() ? Long.MIN_VALUE : readings.get(readings.size() - 1).value();
        }
    }

    private static long lastReading(List<Reading> readings) {
        synchronized (readings) {
            return readings.isEmpty() ? Long.MIN_VALUE : readings.get(readings.size() - 1).nanos();
        }
    }

    private static double pollInterval(List<Reading> readings) {
        return readings.size() < 2 ? 0 : (readings.get(readings.size() - 1).nanos() - readings.get(0).nanos()) / 1e6 / (readings.size() - 1);
    }

    // ------------------------------------------------------------------ 4. indicator reads vs SQL GROUP BY

    private void indicatorReads() throws Exception {
        List<String> counties = SyntheticHouseholds.COUNTIES;
        step(String.format(Locale.ROOT, "4. indicator reads: %d clients, up to %,d requests or %d s", READ_CLIENTS, budget.reads(), budget.readTime().toSeconds()));
        ClosedLoop.Call read = (worker, i) -> gateway.get("/api/v1/indicators?county=" + counties.get((int) (i % counties.size())));
        ClosedLoop.run("indicator warm-up", READ_CLIENTS, budget.reads() / 10, budget.readTime(), read);
        ClosedLoop.Outcome suiteReads = ClosedLoop.run("indicator reads", READ_CLIENTS, budget.reads(), budget.readTime(), read);

        step("4. the same county figures by SQL GROUP BY over households-service's households table");
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (int c = 0; c < READ_CLIENTS; c++) {
                Connection db = database("households");
                connections.add(db);
                statements.add(db.prepareStatement("""
                        SELECT county, count(*) AS households, sum(member_count) AS people,
                               sum(member_count) FILTER (WHERE category = 'REGISTERED_POOR') AS registered_poor_people,
                               sum(member_count) FILTER (WHERE category = 'CO_RELOCATED') AS co_relocated_people,
                               count(*) FILTER (WHERE status = 'MOVED_IN') AS moved_in, sum(member_count) FILTER (WHERE status = 'MOVED_IN') AS people_moved_in,
                               count(*) FILTER (WHERE poverty_status = 'LIFTED') AS lifted, sum(member_count) FILTER (WHERE poverty_status = 'LIFTED') AS people_lifted,
                               count(*) FILTER (WHERE homestead_status <> 'NONE_TO_DEMOLISH') AS homestead,
                               count(*) FILTER (WHERE homestead_status IN ('DEMOLISHED', 'RECLAIMED')) AS demolished,
                               count(*) FILTER (WHERE homestead_status = 'RECLAIMED') AS reclaimed
                        FROM households WHERE county = ? GROUP BY county"""));
            }
            ClosedLoop.Call query = (worker, i) -> {
                PreparedStatement statement = statements.get(worker);
                statement.setString(1, counties.get((int) (i % counties.size())));
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no households in county " + counties.get((int) (i % counties.size())));
                    }
                }
            };
            ClosedLoop.run("SQL warm-up", READ_CLIENTS, budget.reads() / 10, budget.readTime(), query);
            ClosedLoop.Outcome sqlReads = ClosedLoop.run("SQL GROUP BY", READ_CLIENTS, budget.reads(), budget.readTime(), query);
            rows.add(new Row("4a", "Indicator reads `GET /api/v1/indicators?county=`, 32 clients: throughput", suiteReads.perSecond(),
                    sqlReads.perSecond(), "SQL GROUP BY", "req/s", Target.ratioAtLeast(100)));
            rows.add(new Row("4b", "Indicator reads, 32 clients: p99 latency", suiteReads.percentileMillis(99),
                    sqlReads.percentileMillis(99), "SQL GROUP BY", "ms", Target.atMost(10)));
            notes.add(String.format(Locale.ROOT, "4: %,d indicator reads in %.1f s (p50 %.2f ms) through the gateway, counties in turn, after %,d"
                    + " warm-up reads; the SQL path: %,d queries in %.1f s (p50 %.2f ms) on 32 JDBC connections to households-service's database,"
                    + " one `GROUP BY county` over `households` computing the household-derived county figures (households, people by category,"
                    + " moved in, lifted, homesteads) — a subset of what one indicator read returns.", suiteReads.completed(),
                    suiteReads.elapsed().toMillis() / 1000.0, suiteReads.percentileMillis(50), budget.reads() / 10, sqlReads.completed(),
                    sqlReads.elapsed().toMillis() / 1000.0, sqlReads.percentileMillis(50)));
        } finally {
            for (Connection db : connections) {
                db.close();
            }
        }
    }

    // ------------------------------------------------------------------ 5. rebuild vs ConsumerPerformance

    private void rebuild() throws Exception {
        step("5. projection rebuild from every topic");
        gateway.post("/api/v1/ops/projections/rebuild", "application/json", "", 202);
        long deadline = System.nanoTime() + budget.importTimeout().toNanos();
        JsonNode status;
        while (!(status = gateway.get("/api/v1/ops/projections/rebuild")).path("state").asText().matches("DONE|FAILED")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild did not finish within " + budget.importTimeout() + ": " + status);
            }
            Thread.sleep(200);
        }
        if (!status.path("state").asText().equals("DONE")) {
            throw new IllegalStateException("the rebuild failed: " + status);
        }
        long events = status.path("events").asLong();
        double seconds = Duration.between(Instant.parse(status.path("startedAt").asText()), Instant.parse(status.path("finishedAt").asText())).toNanos() / 1e9;

        step("5. ConsumerPerformance over the same topics");
        long consumed = 0;
        double consumerSeconds = 0;
        List<String> perTopic = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            long records = kafka.records(topic);
            if (records > 0) {
                KafkaBaselines.Throughput read = kafka.consumerPerformance(topic, records);
                consumed += read.records();
                consumerSeconds += read.seconds();
                perTopic.add(String.format(Locale.ROOT, "%s %,d", topic, records));
            }
        }
        rows.add(new Row("5", "Projection rebuild from every topic: events/s", events / seconds, consumed / consumerSeconds,
                "Kafka ConsumerPerformance", "events/s", Target.ratioAtLeast(0.3)));
        notes.add(String.format(Locale.ROOT, "5: `POST /api/v1/ops/projections/rebuild` replayed %,d events in %.1f s (the job's own startedAt →"
                + " finishedAt, which includes catching up and the swap); ConsumerPerformance (fresh group, from the beginning) read %,d records"
                + " (%s) in %.1f s, one run per non-empty topic, its seconds summed.", events, seconds, consumed, String.join(", ", perTopic), consumerSeconds));
    }

    // ------------------------------------------------------------------ 6. footprint

    private void footprint(List<BenchSuite.Startup> startups, List<BenchSuite.Memory> idle, List<BenchSuite.Memory> after) {
        for (BenchSuite.Startup startup : startups) {
            rows.add(new Row("6", "Startup to ready: " + startup.app(), startup.toReady().toMillis() / 1000.0, null, null, "s", null));
        }
        for (int i = 0; i < idle.size(); i++) {
            BenchSuite.Memory before = idle.get(i), then = after.get(i);
            rows.add(new Row("6", "RSS idle: " + before.component(), before.rssKib() / 1024.0, null, null, "MiB", null));
            rows.add(new Row("6", "RSS after the run: " + then.component(), then.rssKib() / 1024.0, null, null, "MiB", null));
        }
        rows.add(new Row("6", "Whole suite memory (PSS) idle", idle.stream().mapToLong(BenchSuite.Memory::pssKib).sum() / 1024.0, null, null, "MiB", null));
        rows.add(new Row("6", "Whole suite memory (PSS) after the run", after.stream().mapToLong(BenchSuite.Memory::pssKib).sum() / 1024.0, null, null, "MiB", null));
        notes.add("6: startup = from the process's start time (/proc) to its first `/q/health/ready` 200 (polled every 50 ms), the five"
                + " applications starting together as `./suite up` starts them; RSS = VmRSS of each JVM (PostgreSQL: the launcher JVM plus the"
                + " server and its backends, so shared buffers count once per process); the whole-suite figure sums PSS, which counts shared"
                + " pages once. Idle = 5 s after ready; after = after the rebuild.");
    }

    // ------------------------------------------------------------------

    private Connection database(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + suite.postgresPort() + "/" + name, "postgres", "postgres");
    }

    private static String machine() {
        long memoryKib = 0;
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKib = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException e) {
            memoryKib = -1;
        }
        return String.format(Locale.ROOT, "%d cores, %.1f GiB RAM, %s %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                memoryKib / 1024.0 / 1024.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static void step(String what) {
        System.out.printf("bench: %s%n", what);
    }
}
