package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** From which business day (and until which) each projector counts each fact. */
class DatingRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate RECORDED = LocalDate.of(2026, 11, 30);
    private static final Dating DATING = new Dating(RECORDED, ZoneId.of("Asia/Shanghai"));
    private static final String COUNTY = "140723";

    @Test
    void aHouseholdIsRelocatedFromItsHousingElseItsMoveElseWhenRecordedAndMovedInLiftedDemolishedAndReclaimedOnTheirDays() {
        ObjectNode household = household().put("status", "MOVED_IN").put("housingAllocatedOn", "2019-05-01").put("movedInOn", "2019-06-01")
                .put("povertyStatus", "LIFTED").put("liftedOn", "2020-01-10")
                .put("homesteadStatus", "RECLAIMED").put("demolishedOn", "2019-08-01").put("reclaimedOn", "2019-10-01");
        Map<String, Map<LocalDate, BigDecimal>> days = county(new HouseholdsProjector().contributions("household", household, DATING));
        assertThat(days.get("people")).isEqualTo(Map.of(LocalDate.of(2019, 5, 1), BigDecimal.valueOf(4)));
        assertThat(days.get("people.moved-in")).isEqualTo(Map.of(LocalDate.of(2019, 6, 1), BigDecimal.valueOf(4)));
        assertThat(days.get("people.lifted")).isEqualTo(Map.of(LocalDate.of(2020, 1, 10), BigDecimal.valueOf(4)));
        assertThat(days.get("households.homestead-demolished")).isEqualTo(Map.of(LocalDate.of(2019, 8, 1), BigDecimal.ONE));
        assertThat(days.get("households.homestead-reclaimed")).isEqualTo(Map.of(LocalDate.of(2019, 10, 1), BigDecimal.ONE));

        household.putNull("housingAllocatedOn");
        assertThat(county(new HouseholdsProjector().contributions("household", household, DATING)).get("households"))
                .isEqualTo(Map.of(LocalDate.of(2019, 6, 1), BigDecimal.ONE));
        ObjectNode registered = household().put("status", "REGISTERED");
        assertThat(county(new HouseholdsProjector().contributions("household", registered, DATING)).get("households"))
                .isEqualTo(Map.of(RECORDED, BigDecimal.ONE));
    }

    @Test
    void aSiteExistsFromItsConstructionAndIsCompletedOnItsDayAndAVillageExistsFromItsEarliestDate() {
        ObjectNode site = JSON.createObjectNode().put("county", COUNTY).put("status", "COMPLETED").put("plannedPeople", 900)
                .put("constructionStartedOn", "2017-03-01").put("completedOn", "2018-10-01");
        Map<String, Map<LocalDate, BigDecimal>> days = county(new HouseholdsProjector().contributions("site", site, DATING));
        assertThat(days.get("sites")).isEqualTo(Map.of(LocalDate.of(2017, 3, 1), BigDecimal.ONE));
        assertThat(days.get("sites.completed")).isEqualTo(Map.of(LocalDate.of(2018, 10, 1), BigDecimal.ONE));

        ObjectNode village = JSON.createObjectNode().put("county", COUNTY).put("status", "DEMOLISHED")
                .put("relocatedOn", "2019-06-01").put("demolishedOn", "2019-09-01").putNull("reclaimedOn");
        days = county(new HouseholdsProjector().contributions("village", village, DATING));
        assertThat(days.get("villages")).isEqualTo(Map.of(LocalDate.of(2019, 6, 1), BigDecimal.ONE));
        assertThat(days.get("villages.demolished")).isEqualTo(Map.of(LocalDate.of(2019, 9, 1), BigDecimal.ONE));
        assertThat(days).doesNotContainKey("villages.reclaimed");

        ObjectNode task = JSON.createObjectNode().put("county", COUNTY).put("plannedPeople", 100);
        assertThat(county(new HouseholdsProjector().contributions("relocation-task", task, DATING)).get("task.people"))
                .isEqualTo(Map.of(RECORDED, BigDecimal.valueOf(100)));
    }

    @Test
    void aLedgerEntryCountsOnItsDateAndAReversalTakesItBackOnItsOwn() {
        ObjectNode reversal = JSON.createObjectNode().put("kind", "REVERSAL").put("reversedKind", "RECEIPT").put("source", "POLICY_LOAN")
                .putNull("county").put("amount", "100.50").put("occurredOn", "2019-02-01");
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> days = new FundingProjector().contributions("fund-entry", reversal, DATING).days().byDay();
        assertThat(days.get("city").get("funds.received")).isEqualTo(Map.of(LocalDate.of(2019, 2, 1), new BigDecimal("-100.50")));
    }

    @Test
    void aJobIsActiveFromItsStartUntilItsEndAndACourseCountsOnItsLastDay() {
        ObjectNode job = JSON.createObjectNode().put("county", COUNTY).putNull("siteId").put("status", "ENDED")
                .put("startDate", "2019-03-01").put("endDate", "2020-02-15");
        Map<String, Map<LocalDate, BigDecimal>> days = county(new IndustryProjector().contributions("employment", job, DATING));
        assertThat(days.get("employment.active")).isEqualTo(new TreeMap<>(Map.of(LocalDate.of(2019, 3, 1), BigDecimal.ONE,
                LocalDate.of(2020, 2, 15), BigDecimal.ONE.negate())));
        assertThat(days.get("employment.placements")).isEqualTo(Map.of(LocalDate.of(2019, 3, 1), BigDecimal.ONE));

        ObjectNode course = JSON.createObjectNode().put("county", COUNTY).put("heldFrom", "2019-03-01").put("heldTo", "2019-03-05")
                .put("sessions", 2).put("trainees", 30).put("employedAfter", 18);
        assertThat(county(new IndustryProjector().contributions("training", course, DATING)).get("training.trainees"))
                .isEqualTo(Map.of(LocalDate.of(2019, 3, 5), BigDecimal.valueOf(30)));
    }

    @Test
    void aFacilityIsOpenUntilItClosesARequestIsOverdueFromItsDeadlineUntilDoneAndGroupsCountFromTheirForming() {
        ObjectNode clinic = JSON.createObjectNode().put("county", COUNTY).putNull("siteId").put("type", "CLINIC").put("status", "CLOSED")
                .put("openedOn", "2019-01-10").put("closedOn", "2020-01-10");
        assertThat(county(new GovernanceProjector().contributions("facility", clinic, DATING)).get("facilities.open:CLINIC"))
                .isEqualTo(Map.of(LocalDate.of(2019, 1, 10), BigDecimal.ONE, LocalDate.of(2020, 1, 10), BigDecimal.ONE.negate()));

        // overdue to accept from 2 Jan (Beijing) until accepted on 4 Jan, overdue again to resolve from 10 Jan, still open
        ObjectNode request = JSON.createObjectNode().put("county", COUNTY).putNull("siteId")
                .put("submittedAt", "2025-12-31T20:00:00Z").put("acceptOverdueAt", "2026-01-02T00:00:00Z")
                .put("acceptedAt", "2026-01-04T01:00:00Z").put("resolveOverdueAt", "2026-01-10T00:00:00Z").putNull("resolvedAt");
        Map<String, Map<LocalDate, BigDecimal>> days = county(new GovernanceProjector().contributions("request", request, DATING));
        assertThat(days.get("requests")).isEqualTo(Map.of(LocalDate.of(2026, 1, 1), BigDecimal.ONE));
        assertThat(days.get("requests.overdue")).isEqualTo(Map.of(LocalDate.of(2026, 1, 2), BigDecimal.ONE,
                LocalDate.of(2026, 1, 4), BigDecimal.ONE.negate(), LocalDate.of(2026, 1, 10), BigDecimal.ONE));

        ObjectNode branch = JSON.createObjectNode().put("county", COUNTY).put("foundedOn", "2018-07-01").put("groupCount", 2)
                .put("groupMemberCount", 9);
        branch.putArray("groups").addObject().put("memberCount", 5).put("formedOn", "2019-01-01");
        branch.withArray("groups").addObject().put("memberCount", 4).put("formedOn", "2019-06-01");
        days = county(new GovernanceProjector().contributions("party-branch", branch, DATING));
        assertThat(days.get("party.branches")).isEqualTo(Map.of(LocalDate.of(2018, 7, 1), BigDecimal.ONE));
        assertThat(days.get("party.groups")).isEqualTo(Map.of(LocalDate.of(2019, 1, 1), BigDecimal.ONE, LocalDate.of(2019, 6, 1), BigDecimal.ONE));
    }

    private static ObjectNode household() {
        return JSON.createObjectNode().put("county", COUNTY).putNull("siteId").put("category", "REGISTERED_POOR").put("memberCount", 4)
                .put("labourCapacityCount", 2).put("status", "HOUSING_ALLOCATED").put("povertyStatus", "IN_POVERTY")
                .put("homesteadStatus", "TO_DEMOLISH").put("removed", false);
    }

    private static Map<String, Map<LocalDate, BigDecimal>> county(Contributions contributions) {
        return contributions.days().byDay().get("county:" + COUNTY);
    }
}
