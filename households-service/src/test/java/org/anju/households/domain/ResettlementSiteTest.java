package org.anju.households.domain;

import org.anju.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.anju.households.domain.Fixtures.DAY;
import static org.anju.households.domain.Fixtures.HESHUN;
import static org.anju.households.domain.HouseholdTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

class ResettlementSiteTest {

    private final ResettlementSite site = ResettlementSite.plan(HESHUN, "义兴镇", "城东", PlacementMode.COUNTY_TOWN, 2, 6);

    @Test
    void aSiteIsPlannedThenBuiltThenCompletedOneVersionAtATime() {
        assertThat(site.status()).isEqualTo(SiteStatus.PLANNED);
        site.startConstruction(DAY);
        site.complete(DAY.plusYears(1));
        assertThat(site.status()).isEqualTo(SiteStatus.COMPLETED);
        assertThat(site.constructionStartedOn()).isEqualTo(DAY);
        assertThat(site.completedOn()).isEqualTo(DAY.plusYears(1));
        assertThat(site.version()).isEqualTo(3);
    }

    @Test
    void completingASiteNotUnderConstructionIsRejected() {
        assertRule(() -> site.complete(DAY), "completion-requires-construction");
    }

    @Test
    void completingBeforeConstructionStartedIsRejected() {
        site.startConstruction(DAY);
        assertRule(() -> site.complete(DAY.minusDays(1)), "completion-after-construction-start");
    }

    @Test
    void startingConstructionTwiceIsRejected() {
        site.startConstruction(DAY);
        assertRule(() -> site.startConstruction(DAY), "construction-starts-once");
    }

    @Test
    void aCompletedSiteWithAFlatLeftTakesOneMoreHousehold() {
        site.startConstruction(DAY);
        site.complete(DAY);
        assertThat(site.roomRefused(1)).isEmpty();
        assertThat(site.roomRefused(2)).map(RuleViolation::rule).hasValue("housing-requires-room-at-site");
    }

    @Test
    void aCorrectionThatPlansForFewerHouseholdsThanAreHousedIsRejected() {
        assertRule(() -> site.correct("义兴镇", "城东", PlacementMode.COUNTY_TOWN, 1, 3, 2), "planned-households-cover-housed");
        assertThat(site.version()).isEqualTo(1);
    }

    @Test
    void aCorrectionIsANewVersion() {
        site.correct("义兴镇", "城东安置小区", PlacementMode.COMMUNITY, 3, 9, 0);
        assertThat(site.version()).isEqualTo(2);
        assertThat(site.placementMode()).isEqualTo(PlacementMode.COMMUNITY);
        assertThat(site.plannedHouseholds()).isEqualTo(3);
    }
}
