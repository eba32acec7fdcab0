package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import static org.anju.households.domain.Fixtures.DAY;
import static org.anju.households.domain.Fixtures.completedSite;
import static org.anju.households.domain.Fixtures.household;
import static org.anju.households.domain.Fixtures.housed;
import static org.anju.households.domain.HouseholdTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

/** Every lifecycle date keeps the order its steps have: no step is dated before the step it follows. */
class LifecycleDateOrderTest {

    @Test
    void aHouseholdMovesInOnOrAfterItsHousingWasAllocated() {
        Household household = housed(Category.REGISTERED_POOR);

        assertRule(() -> household.moveIn(DAY.minusDays(1)), "move-in-after-housing-allocation");
        assertThat(household.status()).isEqualTo(HouseholdStatus.HOUSING_ALLOCATED);
        assertThat(household.moveInRefused(DAY)).isEmpty();
        household.moveIn(DAY);
        assertThat(household.movedInOn()).isEqualTo(DAY);
    }

    @Test
    void housingIsAllocatedOnOrAfterTheSitesCompletion() {
        ResettlementSite site = completedSite(10);
        Household household = household(Category.REGISTERED_POOR);

        assertRule(() -> household.allocateHousing(site, 0, "1-1-101", site.completedOn().minusDays(1)), "housing-after-site-completion");
        assertThat(household.status()).isEqualTo(HouseholdStatus.REGISTERED);
        household.allocateHousing(site, 0, "1-1-101", site.completedOn());
        assertThat(household.housingAllocatedOn()).isEqualTo(site.completedOn());
    }

    @Test
    void aHomesteadIsReclaimedOnOrAfterItsDemolition() {
        Household household = household(Category.REGISTERED_POOR);
        household.demolishHomestead(DAY);

        assertRule(() -> household.reclaimHomestead(DAY.minusDays(1)), "reclamation-after-demolition");
        assertThat(household.homesteadStatus()).isEqualTo(HomesteadStatus.DEMOLISHED);
        household.reclaimHomestead(DAY);
        assertThat(household.reclaimedOn()).isEqualTo(DAY);
    }

    @Test
    void aVillageIsRelocatedAfterItsLastMoveInThenDemolishedThenReclaimedInDateOrder() {
        PovertyVillage village = PovertyVillage.register("140722", "拐儿镇", "西峪村后庄");

        assertRule(() -> village.relocate(DAY, 2, 2, DAY.plusDays(1)), "village-relocation-after-move-in");
        village.relocate(DAY, 2, 2, DAY);
        assertRule(() -> village.demolish(DAY.minusDays(1)), "village-demolition-after-relocation");
        village.demolish(DAY.plusDays(3));
        assertRule(() -> village.reclaim(DAY.plusDays(2)), "reclamation-after-demolition");
        village.reclaim(DAY.plusDays(3));
        assertThat(village.status()).isEqualTo(VillageStatus.RECLAIMED);
    }
}
