package org.anju.households.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Valid domain objects for unit tests. */
final class Fixtures {

    static final String HESHUN = "140723";
    static final String HEAD_ID = "140723196504121238";
    static final String SPOUSE_ID = "140723196708150022";
    static final LocalDate DAY = LocalDate.of(2018, 10, 15);
    /** The programme's today for the domain's checks (birth dates are before it). */
    static final LocalDate TODAY = LocalDate.of(2019, 3, 5);

    private Fixtures() {
    }

    static List<MemberDetails> family() {
        return List.of(new MemberDetails("王建国", HEAD_ID, Relation.HEAD, true, "13800000000"),
                new MemberDetails("李秀英", SPOUSE_ID, Relation.SPOUSE, false, null));
    }

    static HouseholdDetails details(Category category, boolean homesteadToDemolish) {
        return new HouseholdDetails("1407230012017000123", "松烟镇石叠村", "后沟", null, category, null, homesteadToDemolish);
    }

    static Household household(Category category) {
        return Household.register(HESHUN, details(category, true), family(), TODAY);
    }

    static ResettlementSite completedSite(int plannedHouseholds) {
        ResettlementSite site = ResettlementSite.plan(HESHUN, "义兴镇", "城东安置小区", PlacementMode.COUNTY_TOWN, plannedHouseholds, 1000);
        site.startConstruction(DAY.minusYears(1));
        site.complete(DAY.minusMonths(1));
        return site;
    }

    static Household housed(Category category) {
        Household household = household(category);
        household.allocateHousing(completedSite(10), 0, "3-2-501", DAY);
        return household;
    }

    static UUID anyId() {
        return UUID.randomUUID();
    }
}
