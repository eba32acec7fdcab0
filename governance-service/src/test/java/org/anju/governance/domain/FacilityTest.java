package org.anju.governance.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FacilityTest {

    private static final LocalDate DAY = LocalDate.of(2019, 9, 1);

    private static Facility planned(FacilityType type, Integer beds) {
        return Facility.register("140721", UUID.randomUUID(), type, "a facility", beds, null);
    }

    @Test
    void aFacilityIsPlannedThenOpensThenCloses() {
        Facility facility = planned(FacilityType.KINDERGARTEN, null);
        assertThat(facility.status()).isEqualTo(FacilityStatus.PLANNED);
        facility.open(DAY);
        facility.close(DAY.plusYears(3));
        assertThat(facility.status()).isEqualTo(FacilityStatus.CLOSED);
        assertThat(facility.version()).isEqualTo(3);
    }

    @Test
    void aFacilityRegisteredWithAnOpeningDateIsOpenAtVersionOne() {
        Facility facility = Facility.register("140721", UUID.randomUUID(), FacilityType.CLINIC, null, null, DAY);
        assertThat(facility.status()).isEqualTo(FacilityStatus.OPEN);
        assertThat(facility.version()).isEqualTo(1);
    }

    @Test
    void anElderlyHomeNeedsBedsAndOnlyItHasThem() {
        assertThat(planned(FacilityType.ELDERLY_HOME, 150).beds()).isEqualTo(150);
        assertThatThrownBy(() -> planned(FacilityType.ELDERLY_HOME, null))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("beds");
        assertThatThrownBy(() -> planned(FacilityType.CLINIC, 10))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("Only an elderly home");
    }

    @Test
    void anOpenFacilityCannotOpenAgainNorAClosedOneClose() {
        Facility facility = planned(FacilityType.BARBER, null);
        facility.open(DAY);
        assertThatThrownBy(() -> facility.open(DAY)).isInstanceOf(DomainRuleViolation.class);
        facility.close(DAY);
        assertThatThrownBy(() -> facility.close(DAY)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> facility.open(DAY)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aFacilityCannotCloseBeforeItOpened() {
        Facility facility = planned(FacilityType.BUS_LINE, null);
        facility.open(DAY);
        assertThatThrownBy(() -> facility.close(DAY.minusDays(1))).isInstanceOf(DomainRuleViolation.class);
    }
}
