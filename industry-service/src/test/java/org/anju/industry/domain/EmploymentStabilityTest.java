package org.anju.industry.domain;

import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmploymentStabilityTest {

    static final LocalDate TODAY = LocalDate.of(2020, 6, 15);

    static HouseholdReplica household() {
        HouseholdReplica household = new HouseholdReplica(UUID.randomUUID());
        household.replicate(3, CountyCode.valueOf("140723"), UUID.randomUUID(), HouseholdCategory.REGISTERED_POOR, 4, 2,
                HouseholdStatus.MOVED_IN, false);
        return household;
    }

    static Employment job(String member, LocalDate start, LocalDate plannedEnd, boolean contract) {
        return Employment.start(UUID.randomUUID(), household(), member, EmploymentChannel.LABOUR_EXPORT, "Taiyuan Construction",
                null, start, plannedEnd, new BigDecimal("1400.00"), contract, TODAY);
    }

    @Test
    void aJobWithAContractIsStableFromItsFirstDay() {
        assertThat(job("m-1", TODAY, null, true).isStableOn(TODAY)).isTrue();
    }

    @Test
    void aJobPlannedForSixMonthsIsStableFromItsFirstDay() {
        assertThat(job("m-1", TODAY, TODAY.plusMonths(6), false).isStableOn(TODAY)).isTrue();
        assertThat(job("m-1", TODAY, TODAY.plusMonths(6).minusDays(1), false).isStableOn(TODAY)).isFalse();
    }

    @Test
    void anOpenEndedJobBecomesStableOnceItHasLastedSixMonths() {
        Employment job = job("m-1", TODAY.minusMonths(5), null, false);

        assertThat(job.isStableOn(TODAY)).isFalse();
        assertThat(job.isStableOn(TODAY.plusMonths(1).minusDays(1))).isFalse();
        assertThat(job.isStableOn(TODAY.plusMonths(1))).isTrue();
    }

    @Test
    void anEndedJobIsStableOnlyIfItLastedSixMonths() {
        Employment shortJob = job("m-1", TODAY.minusMonths(7), null, false);
        shortJob.end(TODAY.minusMonths(2), TODAY);
        Employment longJob = job("m-1", TODAY.minusMonths(7), null, false);
        longJob.end(TODAY.minusMonths(1), TODAY);

        assertThat(shortJob.isStableOn(TODAY)).isFalse();
        assertThat(longJob.isStableOn(TODAY)).isTrue();
    }

    @Test
    void aJobIsRecordedOnceItHasStarted() {
        assertThatThrownBy(() -> job("m-1", TODAY.plusDays(1), null, false))
                .hasMessageContaining("in the future");
    }

    @Test
    void endingAJobTwiceIsRejected() {
        Employment job = job("m-1", TODAY.minusMonths(1), null, false);
        job.end(TODAY, TODAY);

        assertThatThrownBy(() -> job.end(TODAY, TODAY))
                .isInstanceOfSatisfying(org.anju.platform.problem.DomainRuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("employment-already-ended"));
    }

    @Test
    void aJobEndsBetweenItsStartAndToday() {
        Employment job = job("m-1", TODAY.minusMonths(1), null, false);

        assertThatThrownBy(() -> job.end(TODAY.minusMonths(2), TODAY)).hasMessageContaining("between the start");
        assertThatThrownBy(() -> job.end(TODAY.plusDays(1), TODAY)).hasMessageContaining("between the start");
    }

    @Test
    void onlyAWorkshopJobNamesAnOperatingWorkshop() {
        Workshop building = new Workshop(UUID.randomUUID(), "No. 1", "Garment Co.", CountyCode.valueOf("140723"), null, 20);

        assertThatThrownBy(() -> Employment.start(UUID.randomUUID(), household(), "m-1", EmploymentChannel.WORKSHOP,
                "Garment Co.", null, TODAY, null, BigDecimal.TEN, false, TODAY)).hasMessageContaining("names its workshop");
        assertThatThrownBy(() -> Employment.start(UUID.randomUUID(), household(), "m-1", EmploymentChannel.WORKSHOP,
                "Garment Co.", building, TODAY, null, BigDecimal.TEN, false, TODAY)).hasMessageContaining("not OPERATING");
        building.changeStatus(WorkshopStatus.OPERATING);
        assertThat(Employment.start(UUID.randomUUID(), household(), "m-1", EmploymentChannel.WORKSHOP,
                "Garment Co.", building, TODAY, null, BigDecimal.TEN, false, TODAY).isActive()).isTrue();
    }
}
