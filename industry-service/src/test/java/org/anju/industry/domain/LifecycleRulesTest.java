package org.anju.industry.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.anju.industry.domain.EmploymentStabilityTest.household;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleRulesTest {

    private static IndustryProject project() {
        return new IndustryProject(UUID.randomUUID(), "Zuoquan village PV station", ProjectType.PHOTOVOLTAIC, CountyCode.valueOf("140722"), null,
                new BigDecimal("8851400.00"), null, new BigDecimal("46.40"), "MW", "Zuoquan PV Co.", LocalDate.of(2018, 6, 1));
    }

    private static String rule(Runnable command) {
        try {
            command.run();
        } catch (DomainRuleViolation violation) {
            return violation.rule();
        }
        throw new AssertionError("no rule was broken");
    }

    @Test
    void aProjectGoesFromPlannedToOperatingToClosed() {
        IndustryProject project = project();
        project.changeStatus(ProjectStatus.OPERATING);
        project.changeStatus(ProjectStatus.CLOSED);

        assertThat(project.version()).isEqualTo(3);
        assertThat(rule(() -> project.changeStatus(ProjectStatus.OPERATING))).isEqualTo("project-status-transition");
    }

    @Test
    void aCapacityNeedsItsUnit() {
        assertThat(rule(() -> new IndustryProject(UUID.randomUUID(), "x", ProjectType.OTHER, CountyCode.valueOf("140722"), null,
                BigDecimal.ONE, null, BigDecimal.TEN, null, null, null))).isEqualTo("capacity-has-unit");
    }

    @Test
    void aWorkshopOperatesAfterBuildingAndMayBeSuspendedAndResumed() {
        Workshop workshop = new Workshop(UUID.randomUUID(), "No. 2", "Garment Co.", CountyCode.valueOf("140723"), null, 211);

        assertThat(rule(() -> workshop.changeStatus(WorkshopStatus.SUSPENDED))).isEqualTo("workshop-status-transition");
        workshop.changeStatus(WorkshopStatus.OPERATING);
        workshop.changeStatus(WorkshopStatus.SUSPENDED);
        workshop.changeStatus(WorkshopStatus.OPERATING);
        assertThat(workshop.version()).isEqualTo(4);
    }

    @Test
    void aBeneficiaryIsAddedOnceRemovedOnceAndPaidOnlyWhileActive() {
        IndustryProject project = project();
        HouseholdReplica household = household();
        Beneficiary beneficiary = new Beneficiary(UUID.randomUUID(), project, household, new BigDecimal("1100"));

        beneficiary.payDividend(project, new BigDecimal("1100.00"));
        assertThat(rule(() -> beneficiary.rejoin(project, household, BigDecimal.ONE))).isEqualTo("beneficiary-added-once");
        beneficiary.remove();
        assertThat(rule(beneficiary::remove)).isEqualTo("beneficiary-removed-once");
        assertThat(rule(() -> beneficiary.payDividend(project, BigDecimal.ONE))).isEqualTo("dividends-to-active-beneficiaries");
        beneficiary.rejoin(project, household, new BigDecimal("1200.00"));

        assertThat(beneficiary).extracting("version", "dividendsPaid", "expectedAnnualIncrease", "active")
                .containsExactly(4L, new BigDecimal("1100.00"), new BigDecimal("1200.00"), true);
    }

    @Test
    void aClosedProjectTakesNoBeneficiaries() {
        IndustryProject project = project();
        project.changeStatus(ProjectStatus.CLOSED);

        assertThat(rule(() -> new Beneficiary(UUID.randomUUID(), project, household(), BigDecimal.ONE)))
                .isEqualTo("beneficiaries-of-open-projects-only");
    }

    @Test
    void trainingAndJobFairFiguresAreConsistent() {
        assertThat(rule(() -> new TrainingCourse(UUID.randomUUID(), "Herbal medicine", CountyCode.valueOf("140721"), LocalDate.of(2019, 3, 1),
                null, 36, 1041, 1042))).isEqualTo("employed-trainees-within-trainees");
        assertThat(rule(() -> new JobFair(UUID.randomUUID(), LocalDate.of(2019, 2, 1), CountyCode.valueOf("140721"), 30, 100, 101)))
                .isEqualTo("hires-within-registrations");
        assertThatThrownBy(() -> new TrainingCourse(UUID.randomUUID(), "x", CountyCode.valueOf("140721"), LocalDate.of(2019, 3, 2),
                LocalDate.of(2019, 3, 1), 1, 1, 0)).hasMessageContaining("before it starts");
    }
}
