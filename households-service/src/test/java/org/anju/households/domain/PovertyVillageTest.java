package org.anju.households.domain;

import org.anju.platform.problem.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.anju.households.domain.Fixtures.DAY;
import static org.anju.households.domain.HouseholdTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

class PovertyVillageTest {

    private final PovertyVillage village = PovertyVillage.register("140722", "拐儿镇", "西峪村后庄");

    @Test
    void aVillageWhoseHouseholdsHaveAllMovedInIsRelocatedThenDemolishedThenReclaimed() {
        village.relocate(DAY, 23, 23);
        village.demolish(DAY.plusMonths(2));
        village.reclaim(DAY.plusMonths(8));
        assertThat(village.status()).isEqualTo(VillageStatus.RECLAIMED);
        assertThat(village.relocatedOn()).isEqualTo(DAY);
        assertThat(village.version()).isEqualTo(4);
    }

    @Test
    void aVillageWithAHouseholdNotYetMovedInIsNotRelocated() {
        assertRule(() -> village.relocate(DAY, 23, 22), "village-relocation-requires-every-household-moved-in");
        assertThat(village.status()).isEqualTo(VillageStatus.REGISTERED);
    }

    @Test
    void aVillageWithoutHouseholdsIsNotRelocated() {
        assertRule(() -> village.relocate(DAY, 0, 0), "village-relocation-requires-every-household-moved-in");
    }

    @Test
    void householdsJoinAVillageOnlyUntilItIsRelocated() {
        assertThat(village.closedForHouseholds("villageId")).isEmpty();
        village.relocate(DAY, 1, 1);
        assertThat(village.closedForHouseholds("villageId")).map(RuleViolation::rule).hasValue("village-closed-after-relocation");
    }

    @Test
    void demolishingAVillageNotRelocatedIsRejected() {
        assertRule(() -> village.demolish(DAY), "village-demolition-requires-relocation");
    }

    @Test
    void reclaimingAVillageBeforeDemolitionIsRejected() {
        village.relocate(DAY, 1, 1);
        assertRule(() -> village.reclaim(DAY), "reclamation-requires-demolition");
    }
}
