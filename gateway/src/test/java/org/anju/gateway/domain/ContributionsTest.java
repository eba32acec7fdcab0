package org.anju.gateway.domain;

import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionsTest {

    private static final LocalDate DAY = LocalDate.of(2019, 5, 1);

    @Test
    void theDeltaIsWhatChangedPerScopeAndCounter() {
        Scope county = Scope.county(CountyCode.of("140723", "county"));
        Contributions before = Contributions.none().add(Counter.PEOPLE, 4, DAY, Scope.CITY, county)
                .count(Counter.HOUSEHOLDS_MOVED_IN, false, DAY, Scope.CITY, county);
        Contributions after = Contributions.none().add(Counter.PEOPLE, 5, DAY, Scope.CITY, county)
                .count(Counter.HOUSEHOLDS_MOVED_IN, true, DAY, Scope.CITY, county);

        assertThat(Contributions.delta(before, after)).isEqualTo(Map.of(
                "city", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE),
                "county:140723", Map.of("people", BigDecimal.ONE, "households.moved-in", BigDecimal.ONE)));
    }

    @Test
    void anUnchangedSnapshotChangesNothing() {
        Contributions same = Contributions.none().add(Counter.PEOPLE, 3, DAY, Scope.CITY);
        assertThat(Contributions.delta(same, Contributions.none().add(Counter.PEOPLE, 3, DAY, Scope.CITY))).isEmpty();
        assertThat(Contributions.dayDelta(same, Contributions.none().add(Counter.PEOPLE, 3, DAY, Scope.CITY)).isEmpty()).isTrue();
    }

    @Test
    void aBackDatedCorrectionMovesTheCountFromTheOldDayToTheNewOneWithoutChangingTodaysFigure() {
        Contributions before = Contributions.none().add(Counter.PEOPLE, 3, DAY, Scope.CITY);
        Contributions after = Contributions.none().add(Counter.PEOPLE, 3, LocalDate.of(2018, 12, 1), Scope.CITY);

        DayDeltas delta = Contributions.dayDelta(before, after);

        assertThat(delta.byDay()).isEqualTo(Map.of("city", Map.of("people", Map.of(
                LocalDate.of(2018, 12, 1), BigDecimal.valueOf(3), DAY, BigDecimal.valueOf(-3)))));
        assertThat(delta.totals()).isEmpty();
    }

    @Test
    void aFactThatStopsCountingIsTakenBackOnTheDayItStops() {
        Contributions job = Contributions.none()
                .during(Counter.EMPLOYMENT_ACTIVE, BigDecimal.ONE, DAY, LocalDate.of(2020, 1, 1), Scope.CITY);
        assertThat(job.days().byDay().get("city").get("employment.active"))
                .isEqualTo(Map.of(DAY, BigDecimal.ONE, LocalDate.of(2020, 1, 1), BigDecimal.ONE.negate()));
        assertThat(job.byScope()).isEmpty();
    }

    @Test
    void deltasMergeInMemoryAsTheyWouldAddUpInTheTables() {
        DayDeltas one = DayDeltas.none().add("city", "people", DAY, BigDecimal.ONE);
        DayDeltas two = DayDeltas.none().add("city", "people", DAY, BigDecimal.TEN).add("city", "people", DAY.plusDays(1), BigDecimal.ONE);
        assertThat(one.merge(two).byDay()).isEqualTo(Map.of("city", Map.of("people",
                Map.of(DAY, BigDecimal.valueOf(11), DAY.plusDays(1), BigDecimal.ONE))));
    }

    @Test
    void aNullScopeIsSkipped() {
        assertThat(Contributions.none().add(Counter.PEOPLE, 3, DAY, Scope.CITY, null).byScope()).containsOnlyKeys("city");
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
