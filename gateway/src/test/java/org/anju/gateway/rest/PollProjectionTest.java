package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.gateway.repository.CounterRepository;
import org.anju.gateway.repository.DistinctRepository;
import org.anju.gateway.repository.ProjectionTables;
import org.anju.gateway.repository.SnapshotRepository;
import org.anju.gateway.repository.TopicTimeRepository;
import org.anju.gateway.service.ProjectionService;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.time.ProgrammeClock;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The gateway applies a poll's events as one unit of work (issue 20): the same counters, dated counters,
 * distinct members and snapshots as applying them one by one, each changed row written once.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class PollProjectionTest {

    private static final Logger LOG = Logger.getLogger(PollProjectionTest.class);
    private static final String ZUOQUAN = "140722";
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2019, 4, 1, 2, 0, 0, 0, ZoneOffset.UTC);

    /** Where the tests that apply events directly write (not the live tables: a rebuild would miss events that are not in the log). */
    private static final ProjectionTables TABLES = new ProjectionTables("gw_snapshots_poll_test", "gw_counters_poll_test",
            "gw_counter_days_poll_test", "gw_distinct_poll_test");
    private static final ProjectionTables LIVE = ProjectionTables.LIVE;

    @Inject
    ObjectMapper json;

    @Inject
    ProgrammeClock clock;

    @Inject
    TopicTimeRepository topicTimes;

    @Inject
    EventConsumer consumer;

    @Inject
    DataSource dataSource;

    ProjectionService projections;

    @BeforeEach
    void tables() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String[] table : List.of(new String[] {TABLES.snapshots(), LIVE.snapshots()}, new String[] {TABLES.counters(), LIVE.counters()},
                    new String[] {TABLES.counterDays(), LIVE.counterDays()}, new String[] {TABLES.distinct(), LIVE.distinct()})) {
                execute("CREATE TABLE IF NOT EXISTS " + table[0] + " (LIKE " + table[1] + " INCLUDING ALL)");
            }
        });
        projections = new ProjectionService(new SnapshotRepository(dataSource, json, TABLES), new CounterRepository(dataSource, TABLES),
                new DistinctRepository(dataSource, json, TABLES), topicTimes, null, clock);
    }

    @Test
    void aPollWithTwoVersionsOfOneAggregateEqualsApplyingItsEventsOneByOne() {
        String batchSite = UUID.randomUUID().toString();
        String singleSite = UUID.randomUUID().toString();
        List<EventEnvelope> batch = story(batchSite);
        List<EventEnvelope> single = story(singleSite);

        QuarkusTransaction.requiringNew().run(() -> projections.apply(batch));
        single.forEach(event -> QuarkusTransaction.requiringNew().run(() -> projections.apply(event)));

        assertThat(counters(TABLES, batchSite)).isEqualTo(counters(TABLES, singleSite)).isNotEmpty();
        assertThat(dayCounters(batchSite)).isEqualTo(dayCounters(singleSite))
                // the first (registered-poor) household's allocation moved from 2019-05-01 to 2019-05-20: the old day's row stays, at 0
                .contains("households.registered-poor@2019-05-01=0.00");
        assertThat(snapshots(batch)).isEqualTo(snapshots(single));
        assertThat(distinctMembers(batch)).isEqualTo(distinctMembers(single)).isNotEmpty();
    }

    @Test
    void aPollMixingCountedAndUncountedEventsAppliesOnlyTheCountedOnes() {
        String site = UUID.randomUUID().toString();
        String household = UUID.randomUUID().toString();
        String reward = UUID.randomUUID().toString();
        String stranger = UUID.randomUUID().toString();
        ObjectNode moved = GatewayFixtures.household(household, 3, ZUOQUAN, site, "REGISTERED_POOR", 5, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH");
        List<EventEnvelope> poll = List.of(
                event("funding-service", "RewardProposed", reward, 1, GatewayFixtures.JSON.createObjectNode().put("id", reward).put("county", ZUOQUAN)),
                event("households-service", "HouseholdMovedIn", household, 3, moved),
                event("someone-else", "HouseholdMovedIn", stranger, 3, moved.deepCopy().put("id", stranger)),
                event("funding-service", "RewardApproved", reward, 2, GatewayFixtures.JSON.createObjectNode().put("id", reward).put("county", ZUOQUAN)));

        Map<String, Long> written = inOneTransaction(() -> projections.apply(poll));

        assertThat(counters(TABLES, site)).containsEntry("people", "5.00").containsEntry("households.moved-in", "1.00");
        assertThat(count("SELECT count(*) FROM " + TABLES.snapshots() + " WHERE aggregate_id = ?", household)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM " + TABLES.snapshots() + " WHERE aggregate_id IN (?, ?)", reward, stranger)).isZero();
        assertThat(written).containsEntry(TABLES.snapshots(), 1L).containsEntry("gw_topic_times", 1L);

        // a poll of nothing the gateway counts writes nothing
        assertThat(inOneTransaction(() -> projections.apply(List.of(poll.get(0), poll.get(2), poll.get(3)))).values()).containsOnly(0L);
    }

    @Test
    void aFailingEventFailsItsWholePollWritingNothingAndTheConsumerAndTheRebuildApplyTheOthersOnce() {
        String site = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        ObjectNode unknownCounty = GatewayFixtures.household(broken, 3, "140799", site, "REGISTERED_POOR", 7, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH");

        // the unit of work: nothing of a poll with an event that cannot be applied is written
        List<EventEnvelope> poll = List.of(
                event("households-service", "HouseholdMovedIn", first, 3,
                        GatewayFixtures.household(first, 3, ZUOQUAN, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH")),
                event("households-service", "HouseholdMovedIn", broken, 3, unknownCounty));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> projections.apply(poll))).isInstanceOf(RuntimeException.class);
        assertThat(counters(TABLES, site)).isEmpty();
        assertThat(count("SELECT count(*) FROM " + TABLES.snapshots() + " WHERE aggregate_id IN (?, ?)", first, broken)).isZero();

        // the live consumer: the events wait while it is stopped, so that they arrive in one poll
        consumer.stop();
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("HouseholdMovedIn", GatewayFixtures.household(first, 3, ZUOQUAN, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
            events.publish("HouseholdMovedIn", unknownCounty);
            events.publish("HouseholdMovedIn", GatewayFixtures.household(second, 3, ZUOQUAN, site, "CO_RELOCATED", 2, "MOVED_IN", "NOT_APPLICABLE", "NONE_TO_DEMOLISH"));
            events.publish("HouseholdMovedIn", GatewayFixtures.household(first, 3, ZUOQUAN, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH"));
        } finally {
            consumer.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "6.00".equals(counters(LIVE, site).get("people")));
        assertThat(TopicRecords.await("households.v1.dlq", record -> broken.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(counters(LIVE, site)).containsEntry("people", "6.00").containsEntry("households", "2.00")
                .containsEntry("households.moved-in", "2.00").containsEntry("people.registered-poor", "4.00");
        assertThat(count("SELECT count(*) FROM gw_snapshots WHERE aggregate_id = ?", broken)).isZero();

        // a rebuild skips what the live consumer sent to the dead-letter topic, and gives the same figures
        Map<String, String> live = counters(LIVE, site);
        given().header("Authorization", TestTokens.bearer("ops", null)).post("/api/v1/ops/projections/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("Authorization", TestTokens.bearer("ops", null))
                .get("/api/v1/ops/projections/rebuild").then().statusCode(200).extract().path("state")));
        assertThat(counters(LIVE, site)).isEqualTo(live);
    }

    @Test
    void aPollWritesEachChangedCounterOnceInsteadOfOncePerEvent() {
        int events = 100;
        List<EventEnvelope> oneByOne = households(UUID.randomUUID().toString(), events);
        List<EventEnvelope> poll = households(UUID.randomUUID().toString(), events);

        Map<String, Long> before = inOneTransaction(() -> oneByOne.forEach(projections::apply));
        Map<String, Long> after = inOneTransaction(() -> projections.apply(poll));

        LOG.infof("Rows written for %d household events: one by one %s, as one poll %s", events, before, after);
        assertThat(after.get(TABLES.snapshots())).isEqualTo(events);
        // every household of the poll changes the same few counters of its city, county and site
        assertThat(after.get(TABLES.counters())).isLessThan(50L).isLessThan(before.get(TABLES.counters()) / 10);
        assertThat(after.get(TABLES.counterDays())).isLessThan(before.get(TABLES.counterDays()) / 10);
        assertThat(after.get("gw_topic_times")).isEqualTo(1);
    }

    /** Two households and two beneficiaries of one of them at {@code site}, with versions, duplicates and older snapshots in one poll. */
    private static List<EventEnvelope> story(String site) {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String benefit = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        ObjectNode allocated = GatewayFixtures.household(first, 2, ZUOQUAN, site, "REGISTERED_POOR", 4, "HOUSING_ALLOCATED", "IN_POVERTY", "TO_DEMOLISH");
        ObjectNode reallocated = allocated.deepCopy().put("version", 3).put("housingAllocatedOn", "2019-05-20");
        ObjectNode movedIn = GatewayFixtures.household(first, 4, ZUOQUAN, site, "REGISTERED_POOR", 4, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH")
                .put("housingAllocatedOn", "2019-05-20");
        ObjectNode paid = beneficiary(benefit, "a", 2, first, site, true).put("dividendsPaid", "300.00");
        List<EventEnvelope> events = new ArrayList<>();
        events.add(event("households-service", "HousingAllocated", first, 2, allocated));
        events.add(event("households-service", "HousingAllocated", first, 3, reallocated));
        events.add(event("households-service", "HousingAllocated", first, 2, allocated));
        events.add(event("industry-service", "BeneficiaryAdded", benefit, 1, beneficiary(benefit, "a", 1, first, site, true)));
        events.add(event("industry-service", "BeneficiaryAdded", other, 1, beneficiary(other, "b", 1, first, site, true)));
        events.add(event("households-service", "HouseholdMovedIn", first, 4, movedIn));
        events.add(event("households-service", "HouseholdMovedIn", second, 3,
                GatewayFixtures.household(second, 3, ZUOQUAN, site, "CO_RELOCATED", 2, "MOVED_IN", "NOT_APPLICABLE", "NONE_TO_DEMOLISH")));
        events.add(event("industry-service", "DividendPaid", benefit, 2, paid));
        events.add(event("industry-service", "BeneficiaryRemoved", other, 2, beneficiary(other, "b", 2, first, site, false)));
        events.add(event("households-service", "HouseholdMovedIn", first, 4, movedIn));
        return events;
    }

    private static ObjectNode beneficiary(String id, String project, long version, String household, String site, boolean active) {
        // one project per beneficiary, the same in every story (the counters of its dividends are named after it)
        return GatewayFixtures.beneficiary(id, version, "project-" + project, household, ZUOQUAN, active).put("siteId", site);
    }

    private static List<EventEnvelope> households(String site, int count) {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            events.add(event("households-service", "HouseholdMovedIn", id, 3,
                    GatewayFixtures.household(id, 3, ZUOQUAN, site, "REGISTERED_POOR", 1 + i % 5, "MOVED_IN", "IN_POVERTY", "TO_DEMOLISH")));
        }
        return events;
    }

    private static EventEnvelope event(String producer, String name, String subject, long version, ObjectNode data) {
        return new EventEnvelope(UUID.randomUUID().toString(), "/anju/" + producer, "anju." + producer.replace("-service", "") + "." + name,
                MONDAY.plusHours(version), subject, data.path("county").asText(null), version, data);
    }

    /** Runs {@code work} in one transaction and answers the rows it inserted or updated per projection table. */
    private Map<String, Long> inOneTransaction(Runnable work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> start = rowsWritten();
            work.run();
            Map<String, Long> written = new LinkedHashMap<>();
            rowsWritten().forEach((table, rows) -> written.put(table, rows - start.getOrDefault(table, 0L)));
            return written;
        });
    }

    private Map<String, Long> rowsWritten() {
        Map<String, Long> rows = new LinkedHashMap<>();
        query("SELECT relname, n_tup_ins + n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = ANY (?) ORDER BY relname",
                row -> rows.put(row.getString(1), row.getLong(2)), (Object) new String[] {TABLES.snapshots(), TABLES.counters(),
                        TABLES.counterDays(), TABLES.distinct(), "gw_topic_times"});
        return rows;
    }

    private Map<String, String> counters(ProjectionTables tables, String site) {
        Map<String, String> counters = new LinkedHashMap<>();
        query("SELECT counter, value FROM " + tables.counters() + " WHERE scope_key = ? ORDER BY counter",
                row -> counters.put(row.getString(1), row.getBigDecimal(2).toPlainString()), "site:" + site);
        return counters;
    }

    private List<String> dayCounters(String site) {
        List<String> rows = new ArrayList<>();
        query("SELECT counter, day, delta FROM " + TABLES.counterDays() + " WHERE scope_key = ? ORDER BY counter, day",
                row -> rows.add(row.getString(1) + "@" + row.getDate(2) + "=" + row.getBigDecimal(3).toPlainString()), "site:" + site);
        return rows;
    }

    /** Each aggregate's stored version, first day and increments, in the order of first appearance in {@code events}. */
    private List<String> snapshots(List<EventEnvelope> events) {
        List<String> rows = new ArrayList<>();
        events.stream().map(EventEnvelope::subject).distinct().forEach(id -> query(
                "SELECT kind, version, first_recorded, increments FROM " + TABLES.snapshots() + " WHERE aggregate_id = ? ORDER BY kind",
                row -> rows.add(row.getString(1) + " v" + row.getLong(2) + " " + row.getDate(3) + " " + row.getString(4)), id));
        return rows;
    }

    /** The distinct members of the households in {@code events}, their references by order of appearance and weight. */
    private List<String> distinctMembers(List<EventEnvelope> events) {
        List<String> subjects = events.stream().map(EventEnvelope::subject).distinct().toList();
        Function<String, String> alias = text -> {
            String aliased = text;
            for (int i = 0; i < subjects.size(); i++) {
                aliased = aliased.replace(subjects.get(i), "#" + i);
            }
            return aliased;
        };
        List<String> rows = new ArrayList<>();
        subjects.forEach(id -> query("SELECT counter, member_key, refs::text, weight FROM " + TABLES.distinct() + " WHERE member_key = ? ORDER BY counter",
                row -> rows.add(alias.apply(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getBigDecimal(4))), id));
        return rows;
    }

    private long count(String sql, Object... parameters) {
        long[] count = new long[1];
        query(sql, row -> count[0] = row.getLong(1), parameters);
        return count[0];
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowReader reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof String[] array ? connection.createArrayOf("text", array) : parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
