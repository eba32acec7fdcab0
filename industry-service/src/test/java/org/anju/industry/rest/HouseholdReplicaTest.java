package org.anju.industry.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.industry.rest.HouseholdsTopic.Household;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.consumer.OffsetStore;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.anju.industry.rest.IndustryApi.HESHUN;
import static org.anju.industry.rest.IndustryApi.PATIENCE;
import static org.anju.industry.rest.IndustryApi.asAdmin;
import static org.anju.industry.rest.IndustryApi.awaitSituation;
import static org.anju.industry.rest.IndustryApi.events;
import static org.anju.industry.rest.IndustryApi.eventsNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class HouseholdReplicaTest {

    @Inject
    EventConsumer consumer;

    @Inject
    OffsetStore offsets;

    @Inject
    DataSource dataSource;

    @Test
    void aHouseholdThatMovesInWithLabourCapacityAndNoJobIsAZeroEmploymentHousehold() {
        Household registered = Household.registered(HESHUN, 4, 2);
        HouseholdsTopic.publish("HouseholdRegistered", registered);

        assertThat(awaitSituation(registered.id(), 1)).containsEntry("relocated", false).containsEntry("zeroEmployment", false)
                .containsEntry("labourCapacityCount", 2).containsEntry("category", "REGISTERED_POOR");
        HouseholdsTopic.publish("HouseholdMovedIn", registered.movedIn());

        assertThat(awaitSituation(registered.id(), 2)).containsEntry("relocated", true).containsEntry("zeroEmployment", true);
        assertThat(zeroEmploymentHouseholds(HESHUN)).contains(registered.id().toString());
        List<JsonNode> published = events(registered.id(), "HouseholdEmploymentChanged", 2);
        assertThat(published).extracting(event -> event.path("data").path("zeroEmployment").asBoolean())
                .containsExactly(false, true);
        assertThat(published.get(1).path("aggregateversion").asInt()).isEqualTo(2);
        assertThat(published.get(1).path("county").asText()).isEqualTo(HESHUN);
    }

    @Test
    void correctingLabourCapacityToNoneTakesTheHouseholdOffTheZeroEmploymentList() {
        Household movedIn = Household.registered(HESHUN, 2, 1).movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", movedIn);
        awaitSituation(movedIn.id(), 1);
        assertThat(zeroEmploymentHouseholds(HESHUN)).contains(movedIn.id().toString());

        HouseholdsTopic.publish("HouseholdUpdated", movedIn.withLabourCapacity(0));

        assertThat(awaitSituation(movedIn.id(), 2)).containsEntry("zeroEmployment", false).containsEntry("labourCapacityCount", 0);
        assertThat(zeroEmploymentHouseholds(HESHUN)).doesNotContain(movedIn.id().toString());
    }

    @Test
    void anOlderOrRepeatedSnapshotChangesNothing() {
        Household registered = Household.registered(HESHUN, 3, 1);
        Household movedIn = registered.movedIn();
        HouseholdsTopic.publish("HouseholdMovedIn", movedIn);
        awaitSituation(movedIn.id(), 1);

        HouseholdsTopic.publish("HouseholdRegistered", registered);
        HouseholdsTopic.publish("HouseholdMovedIn", movedIn);
        Household marker = Household.registered(HESHUN, 1, 0);
        HouseholdsTopic.publish("HouseholdRegistered", marker);
        awaitSituation(marker.id(), 1); // the topic has one partition: everything before the marker was handled

        assertThat(awaitSituation(movedIn.id(), 1)).containsEntry("relocated", true).containsEntry("version", 1);
        assertThat(eventsNow(movedIn.id(), "HouseholdEmploymentChanged")).hasSize(1);
    }

    @Test
    void aRemovedHouseholdCannotGetAJob() {
        Household registered = Household.registered(HESHUN, 2, 2);
        HouseholdsTopic.publish("HouseholdRegistered", registered);
        HouseholdsTopic.publish("HouseholdRemoved", registered.removedInError());
        awaitSituation(registered.id(), 2);

        asAdmin().body(EmploymentApiTest.job(registered.id(), "m-1", true)).post("/api/v1/employments")
                .then().statusCode(422).body("detail", containsString(registered.id().toString()));
    }

    @Test
    void replayingHouseholdsFromTheStartLeavesTheReplicaIdentical() {
        Household household = Household.registered(HESHUN, 5, 3);
        HouseholdsTopic.publish("HouseholdRegistered", household);
        HouseholdsTopic.publish("HouseholdMovedIn", household.movedIn());
        HouseholdsTopic.publishSite(HESHUN, 1);
        awaitSituation(household.id(), 2);
        List<List<Object>> before = replicaRows();
        int publishedBefore = eventsNow(household.id(), "HouseholdEmploymentChanged").size();

        consumer.stop();
        offsets.reset(consumer.group());
        Instant restarted = Instant.now();
        consumer.start();

        await().atMost(PATIENCE).until(() -> consumer.status().stream().allMatch(status -> status.lag() == 0
                && status.lastAppliedAt() != null && status.lastAppliedAt().isAfter(restarted)));
        assertThat(replicaRows()).isEqualTo(before);
        assertThat(eventsNow(household.id(), "HouseholdEmploymentChanged")).hasSize(publishedBefore);
    }

    private static List<String> zeroEmploymentHouseholds(String county) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var page = asAdmin().queryParam("county", county).queryParam("limit", 200)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/zero-employment-households").then().statusCode(200)
                    .body("items.county.every { it == '" + county + "' }", equalTo(true)).extract().jsonPath();
            ids.addAll(page.getList("items.householdId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private List<List<Object>> replicaRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (String table : List.of("household_replica", "site_replica", "household_employment")) {
            try (Connection connection = dataSource.getConnection();
                 ResultSet result = connection.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>(List.of(table));
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return rows;
    }
}
