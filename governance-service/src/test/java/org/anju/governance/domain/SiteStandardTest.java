package org.anju.governance.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteStandardTest {

    private static final LocalDate DAY = LocalDate.of(2020, 10, 1);
    private static final Instant NOW = Instant.parse("2020-10-01T02:00:00Z");

    private static SiteStandard standard() {
        return SiteStandard.unassessed(UUID.randomUUID(), "140721");
    }

    private static SiteStandard.ItemUpdate met(StandardItem item) {
        return new SiteStandard.ItemUpdate(item, true, DAY);
    }

    @Test
    void theChecklistHasFiveIzationsFiveConnectionsAndEightAmenities() {
        assertThat(Arrays.stream(StandardItem.values()).filter(i -> i.group() == StandardGroup.IZATION)).hasSize(5);
        assertThat(Arrays.stream(StandardItem.values()).filter(i -> i.group() == StandardGroup.CONNECTION)).hasSize(5);
        assertThat(Arrays.stream(StandardItem.values()).filter(i -> i.group() == StandardGroup.AMENITY)).hasSize(8);
        assertThat(standard().items()).hasSize(18).noneMatch(ItemAssessment::met);
    }

    @Test
    void theScoreCountsTheItemsMet() {
        SiteStandard standard = standard();
        standard.assess("140721", List.of(met(StandardItem.PAVED), met(StandardItem.POWER), met(StandardItem.CLINIC)), NOW);
        assertThat(standard.metCount()).isEqualTo(3);
        assertThat(standard.compliant()).isFalse();
        assertThat(standard.version()).isEqualTo(1);

        standard.assess("140721", List.of(new SiteStandard.ItemUpdate(StandardItem.PAVED, false, DAY.plusDays(1))), NOW);
        assertThat(standard.metCount()).isEqualTo(2);
        assertThat(standard.version()).isEqualTo(2);
    }

    @Test
    void aSiteMeetingAllEighteenItemsIsCompliant() {
        SiteStandard standard = standard();
        standard.assess("140721", Arrays.stream(StandardItem.values()).map(SiteStandardTest::met).toList(), NOW);
        assertThat(standard.metCount()).isEqualTo(18);
        assertThat(standard.compliant()).isTrue();
    }

    @Test
    void anAssessmentNamesEachItemOnce() {
        assertThatThrownBy(() -> standard().assess("140721", List.of(met(StandardItem.LIT), met(StandardItem.LIT)), NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("at most once");
    }

    @Test
    void aSiteStaysInItsCounty() {
        assertThatThrownBy(() -> standard().assess("140723", List.of(met(StandardItem.LIT)), NOW))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("140721");
    }

    @Test
    void openFacilitiesMeetTheirAmenitiesAndClosingTheLastOneUnmeetsIt() {
        SiteStandard standard = standard();
        assertThat(standard.reflectOpenFacilities("140721", EnumSet.of(FacilityType.CLINIC, FacilityType.PRIMARY_SCHOOL),
                DAY, NOW)).isTrue();
        assertThat(standard.metCount()).isEqualTo(1);
        assertThat(standard.items()).filteredOn(i -> i.item() == StandardItem.CLINIC).singleElement()
                .satisfies(i -> assertThat(i.source()).isEqualTo(EvidenceSource.FACILITY));

        assertThat(standard.reflectOpenFacilities("140721", EnumSet.of(FacilityType.CLINIC), DAY, NOW)).isFalse();
        assertThat(standard.version()).isEqualTo(1);

        assertThat(standard.reflectOpenFacilities("140721", Set.of(), DAY.plusDays(3), NOW)).isTrue();
        assertThat(standard.metCount()).isZero();
        assertThat(standard.version()).isEqualTo(2);
    }

    @Test
    void anAmenityAnOfficerAssessedIsNotUnmetByFacilities() {
        SiteStandard standard = standard();
        standard.assess("140721", List.of(met(StandardItem.BARBER)), NOW);
        assertThat(standard.reflectOpenFacilities("140721", Set.of(), DAY, NOW)).isFalse();
        assertThat(standard.metCount()).isEqualTo(1);
    }
}
