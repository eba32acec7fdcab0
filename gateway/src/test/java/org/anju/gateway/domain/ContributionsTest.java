package org.anju.gateway.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

    @Test
    void theDeltaIsWhatChangedPerScopeAndCounter() {
        Scope county = Scope.county("140723");
        Contributions before = Contributions.none().add("people", 4, Scope.CITY, county).count("households.moved-in", false, Scope.CITY, county);
        Contributions after = Contributions.none().add("people", 5, Scope.CITY, county).count("households.moved-in", true, Scope.CITY, county);

        assertThat(Contributions.delta(before, after)).isEqualTo(Map.of(
                "city", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE),
                "county:140723", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE)));
    }

    @Test
    void anUnchangedSnapshotChangesNothing() {
        Contributions same = Contributions.none().add("people", 3, Scope.CITY);
        assertThat(Contributions.delta(same, Contributions.none().add("people", 3, Scope.CITY))).isEmpty();
    }

    @Test
    void aNullScopeIsSkipped() {
        assertThat(Contributions.none().add("people", 3, Scope.CITY, null).byScope()).containsOnlyKeys("city");
    }

    @Test
    void aRateWithNothingToDivideByHasNoValue() {
        IndicatorDefinition occupancy = IndicatorCatalogue.standard().find("occupancy.rate").orElseThrow();
        assertThat(occupancy.value(Map.of())).isNull();
        assertThat(occupancy.value(Map.of("people", new BigDecimal("26533"), "people.moved-in", new BigDecimal("26473"))))
                .isEqualByComparingTo("0.997739");
    }
}
