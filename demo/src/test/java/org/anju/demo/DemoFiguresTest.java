package org.anju.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFiguresTest {

    private static final LocalDate LOADED = LocalDate.of(2026, 11, 30);

    @Test
    void onceEverythingHappenedTheFiguresAreTheReports() {
        Map<String, BigDecimal> all = DemoFigures.cityAsOf(LOADED, LOADED);
        assertThat(all.get("relocation.people")).isEqualByComparingTo("26533");
        assertThat(all.get("occupancy.households")).isEqualByComparingTo("10406");
        assertThat(all.get("occupancy.people")).isEqualByComparingTo("26473");
        assertThat(all.get("poverty.lifted.people")).isEqualByComparingTo("19850");
        assertThat(all.get("homestead.demolished")).isEqualByComparingTo("10353");
        assertThat(all.get("homestead.reclaimed")).isEqualByComparingTo("6768");
        assertThat(all.get("placement.people")).isEqualByComparingTo("26473");
        assertThat(all.get("funds.received")).isEqualByComparingTo("956955000.00");
    }

    @Test
    void theHouseholdsMoveInOverTheProgrammesYearsAfterTheSitesAreCompleted() {
        JinzhongDataSet data = JinzhongDataSet.generate();
        assertThat(data.households).filteredOn(h -> h.movedIn).allSatisfy(h -> {
            assertThat(h.allocatedOn).isAfterOrEqualTo(JinzhongDataSet.SITES_COMPLETED_ON).isBefore(LocalDate.of(2020, 6, 1));
            assertThat(h.movedInOn).isAfter(h.allocatedOn);
        });
        assertThat(DemoFigures.cityAsOf(LocalDate.of(2017, 12, 31), LOADED).get("relocation.people")).isEqualByComparingTo("0");
        BigDecimal end2018 = DemoFigures.cityAsOf(LocalDate.of(2018, 12, 31), LOADED).get("relocation.people");
        BigDecimal end2019 = DemoFigures.cityAsOf(LocalDate.of(2019, 12, 31), LOADED).get("relocation.people");
        assertThat(end2018).isPositive().isLessThan(end2019);
        assertThat(end2019).isLessThan(new BigDecimal("26473"));
    }
}
