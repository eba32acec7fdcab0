package org.anju.gateway.domain;

import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

    @Test
    void theDeltaIsWhatChangedPerScopeAndCounter() {
        Scope county = Scope.county(CountyCode.of("140723", "county"));
        Contributions before = Contributions.none().add(Counter.PEOPLE, 4, Scope.CITY, county).count(Counter.HOUSEHOLDS_MOVED_IN, false, Scope.CITY, county);
        Contributions after = Contributions.none().add(Counter.PEOPLE, 5, Scope.CITY, county).count(Counter.HOUSEHOLDS_MOVED_IN, true, Scope.CITY, county);

        assertThat(Contributions.delta(before, after)).isEqualTo(Map.of(
                "city", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE),
                "county:140723", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE)));
    }

    @Test
    void anUnchangedSnapshotChangesNothing() {
        Contributions same = Contributions.none().add(Counter.PEOPLE, 3, Scope.CITY);
        assertThat(Contributions.delta(same, Contributions.none().add(Counter.PEOPLE, 3, Scope.CITY))).isEmpty();
    }

    @Test
    void aNullScopeIsSkipped() {
        assertThat(Contributions.none().add(Counter.PEOPLE, 3, Scope.CITY, null).byScope()).containsOnlyKeys("city");
    }

    @Test
    void aRateWithNothingToDivideByHasNoValue() {
        IndicatorDefinition occupancy = IndicatorCatalogue.standard().find("occupancy.rate").orElseThrow();
        assertThat(occupancy.value(Counters.NONE)).isNull();
        assertThat(occupancy.value(new Counters(Map.of(Counter.PEOPLE.key(), new BigDecimal("26533"),
                Counter.PEOPLE_MOVED_IN.key(), new BigDecimal("26473")))))
                .isEqualByComparingTo("0.997739");
    }
}
