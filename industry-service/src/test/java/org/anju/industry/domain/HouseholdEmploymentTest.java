package org.anju.industry.domain;

import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.anju.industry.domain.EmploymentStabilityTest.TODAY;
import static org.anju.industry.domain.EmploymentStabilityTest.job;
import static org.assertj.core.api.Assertions.assertThat;

class HouseholdEmploymentTest {

    private final UUID id = UUID.randomUUID();

    private HouseholdReplica household(HouseholdStatus status, int labourCapacity) {
        HouseholdReplica household = new HouseholdReplica(id);
        household.replicate(1, CountyCode.valueOf("140722"), null, HouseholdCategory.REGISTERED_POOR, 4, labourCapacity, status, false);
        return household;
    }

    @Test
    void aMovedInHouseholdWithLabourCapacityAndNoStableJobIsAZeroEmploymentHousehold() {
        HouseholdEmployment situation = new HouseholdEmployment(id);

        assertThat(situation.reassess(household(HouseholdStatus.MOVED_IN, 2), List.of(), TODAY)).isTrue();

        assertThat(situation.version()).isEqualTo(1);
        assertThat(situation.situation().zeroEmployment()).isTrue();
        assertThat(situation.situation().relocated()).isTrue();
    }

    @Test
    void householdsNotYetMovedInOrWithoutLabourCapacityAreNotZeroEmploymentHouseholds() {
        HouseholdEmployment waiting = new HouseholdEmployment(id);
        waiting.reassess(household(HouseholdStatus.HOUSING_ALLOCATED, 2), List.of(), TODAY);
        HouseholdEmployment noLabour = new HouseholdEmployment(id);
        noLabour.reassess(household(HouseholdStatus.MOVED_IN, 0), List.of(), TODAY);

        assertThat(waiting.situation().zeroEmployment()).isFalse();
        assertThat(noLabour.situation().zeroEmployment()).isFalse();
    }

    @Test
    void onlyAStableJobEndsZeroEmployment() {
        HouseholdEmployment situation = new HouseholdEmployment(id);
        HouseholdReplica household = household(HouseholdStatus.MOVED_IN, 2);

        situation.reassess(household, List.of(job("m-1", TODAY, null, false)), TODAY);
        assertThat(situation.situation()).extracting("employedMembers", "stablyEmployed", "zeroEmployment")
                .containsExactly(1, false, true);

        situation.reassess(household, List.of(job("m-1", TODAY, null, false), job("m-2", TODAY, null, true)), TODAY);
        assertThat(situation.situation()).extracting("employedMembers", "stablyEmployedMembers", "stablyEmployed", "zeroEmployment")
                .containsExactly(2, 1, true, false);
    }

    @Test
    void membersWithSeveralJobsCountOnce() {
        HouseholdEmployment situation = new HouseholdEmployment(id);

        situation.reassess(household(HouseholdStatus.MOVED_IN, 2),
                List.of(job("m-1", TODAY, null, true), job("m-1", TODAY, null, true)), TODAY);

        assertThat(situation.situation().employedMembers()).isEqualTo(1);
        assertThat(situation.situation().stablyEmployedMembers()).isEqualTo(1);
    }

    @Test
    void theVersionIncreasesByOneOnlyWhenTheSituationChanges() {
        HouseholdEmployment situation = new HouseholdEmployment(id);
        HouseholdReplica household = household(HouseholdStatus.MOVED_IN, 2);
        situation.reassess(household, List.of(), TODAY);

        assertThat(situation.reassess(household, List.of(), TODAY)).isFalse();
        assertThat(situation.version()).isEqualTo(1);
        assertThat(situation.reassess(household, List.of(job("m-1", TODAY, null, true)), TODAY)).isTrue();
        assertThat(situation.version()).isEqualTo(2);
    }
}
