package org.anju.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demo's records say on any day, counted straight from the generated data set ({@link JinzhongDataSet})
 * by the gateway's dating rules (gateway README, "Which date each fact counts from"): for the system test to
 * hold the gateway's {@code asOf} figures and series to, without asking the gateway.
 */
public final class DemoFigures {

    /** The sites' construction start and completion (SiteSteps). */
    private static final LocalDate CONSTRUCTION_STARTED_ON = LocalDate.of(2017, 3, 1);
    /** The deep-poverty villages' relocation, demolition and reclamation (SiteSteps). */
    private static final LocalDate VILLAGES_RELOCATED_ON = LocalDate.of(2020, 7, 1);
    private static final LocalDate VILLAGES_DEMOLISHED_ON = LocalDate.of(2020, 9, 1);
    private static final LocalDate VILLAGES_RECLAIMED_ON = LocalDate.of(2021, 3, 1);
    /** Funds received per source on 1 March of 2016, 2017, then 2018 (FundSteps), all disbursed on 1 June 2018. */
    private static final LocalDate DISBURSED_ON = LocalDate.of(2018, 6, 1);

    private static final JinzhongDataSet DATA = JinzhongDataSet.generate();

    private DemoFigures() {
    }

    /** The programme's days the system test checks the figures on. */
    public static List<LocalDate> checkedDays() {
        return List.of(LocalDate.of(2017, 12, 31), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 12, 31));
    }

    /**
     * The city's figures at the end of {@code day} (indicator id → count, or amount in yuan with cents), the demo
     * loaded on {@code loadedOn}: the households never allocated housing count as relocated from the day the
     * gateway first recorded them, the load's day.
     */
    public static Map<String, BigDecimal> cityAsOf(LocalDate day, LocalDate loadedOn) {
        long households = 0, people = 0, movedInHouseholds = 0, movedInPeople = 0, liftedHouseholds = 0, liftedPeople = 0;
        long demolished = 0, reclaimed = 0, countyTownPeople = 0, placedPeople = 0;
        for (JinzhongDataSet.Household household : DATA.households) {
            int members = household.members.size();
            LocalDate relocated = household.allocatedOn != null ? household.allocatedOn : loadedOn;
            if (!relocated.isAfter(day)) {
                households++;
                people += members;
                if (household.site != null) {
                    placedPeople += members;
                    countyTownPeople += "COUNTY_TOWN".equals(household.site.mode) ? members : 0;
                }
            }
            if (household.movedInOn != null && !household.movedInOn.isAfter(day)) {
                movedInHouseholds++;
                movedInPeople += members;
            }
            if (household.liftedOn != null && !household.liftedOn.isAfter(day)) {
                liftedHouseholds++;
                liftedPeople += members;
            }
            demolished += household.demolishedOn != null && !household.demolishedOn.isAfter(day) ? 1 : 0;
            reclaimed += household.reclaimedOn != null && !household.reclaimedOn.isAfter(day) ? 1 : 0;
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("relocation.households", BigDecimal.valueOf(households));
        figures.put("relocation.people", BigDecimal.valueOf(people));
        figures.put("occupancy.households", BigDecimal.valueOf(movedInHouseholds));
        figures.put("occupancy.people", BigDecimal.valueOf(movedInPeople));
        figures.put("poverty.lifted.households", BigDecimal.valueOf(liftedHouseholds));
        figures.put("poverty.lifted.people", BigDecimal.valueOf(liftedPeople));
        figures.put("homestead.demolished", BigDecimal.valueOf(demolished));
        figures.put("homestead.reclaimed", BigDecimal.valueOf(reclaimed));
        figures.put("placement.people", BigDecimal.valueOf(placedPeople));
        figures.put("placement.county-town.people", BigDecimal.valueOf(countyTownPeople));
        int sites = DATA.sites.size();
        figures.put("sites.count", BigDecimal.valueOf(day.isBefore(CONSTRUCTION_STARTED_ON) ? 0 : sites));
        figures.put("sites.completed", BigDecimal.valueOf(day.isBefore(JinzhongDataSet.SITES_COMPLETED_ON) ? 0 : sites));
        figures.put("village.count", BigDecimal.valueOf(day.isBefore(VILLAGES_RELOCATED_ON) ? 0 : PublishedFigures.VILLAGES));
        figures.put("village.demolished", BigDecimal.valueOf(day.isBefore(VILLAGES_DEMOLISHED_ON) ? 0 : PublishedFigures.VILLAGES_DEMOLISHED));
        figures.put("village.reclaimed", BigDecimal.valueOf(day.isBefore(VILLAGES_RECLAIMED_ON) ? 0 : PublishedFigures.VILLAGES_RECLAIMED));
        BigDecimal received = BigDecimal.ZERO;
        int year = 2016;
        for (String amount : PublishedFigures.FUNDS.values()) {
            if (!LocalDate.of(Math.min(year++, 2018), 3, 1).isAfter(day)) {
                received = received.add(new BigDecimal(amount));
            }
        }
        figures.put("funds.received", received.setScale(2));
        BigDecimal all = PublishedFigures.FUNDS.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        figures.put("funds.disbursed", (day.isBefore(DISBURSED_ON) ? BigDecimal.ZERO : all).setScale(2));
        return figures;
    }
}
