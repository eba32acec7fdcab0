package org.anju.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's published figures that the data set is made to hold, each with where docs/domain.md gives
 * it, and the claims that declare them to the data-quality view. Every figure the data set needs and the
 * report does not give is the data set's own choice and is made up where it is used.
 */
final class PublishedFigures {

    private PublishedFigures() {
    }

    // ------------------------------------------------------------------ docs/domain.md, "The report's figures"

    /** The province's relocation task for the city: 26,426 people ("relocation task"). */
    static final int TASK_PEOPLE = 26_426;
    /** People actually relocated: 26,533 ("actually relocated"). */
    static final int RELOCATED_PEOPLE = 26_533;
    /** Registered-poor people relocated: 22,909 ("of which registered-poor"). */
    static final int REGISTERED_POOR_PEOPLE = 22_909;
    /** Co-relocated people: 3,624 ("of which co-relocated"). */
    static final int CO_RELOCATED_PEOPLE = 3_624;
    /** Households moved in: 10,406 ("moved in, all"). */
    static final int MOVED_IN_HOUSEHOLDS = 10_406;
    /** People moved in: 26,473 ("moved in, all"). */
    static final int MOVED_IN_PEOPLE = 26_473;
    /** Registered-poor people moved in: 22,039 ("moved in, registered-poor"). */
    static final int MOVED_IN_REGISTERED_POOR_PEOPLE = 22_039;
    /** Registered-poor households lifted out of poverty: 6,999 ("registered-poor relocated lifted"). */
    static final int LIFTED_HOUSEHOLDS = 6_999;
    /** Registered-poor people lifted out of poverty: 19,850 ("registered-poor relocated lifted"). */
    static final int LIFTED_PEOPLE = 19_850;
    /** The share of the registered-poor lifted out of poverty as the report states it: "95%". */
    static final BigDecimal LIFTED_RATE = new BigDecimal("0.95");
    /** Households whose old homestead was demolished: 10,353 ("old homesteads demolished"). */
    static final int DEMOLISHED = 10_353;
    /** The demolition rate as the report states it: 94.72% ("old homesteads demolished"). */
    static final BigDecimal DEMOLITION_RATE = new BigDecimal("0.9472");
    /** Households whose old homestead's land was reclaimed: 6,768 ("old homesteads reclaimed"). */
    static final int RECLAIMED = 6_768;
    /** Deep-poverty natural villages relocated: 158, all of them ("deep-poverty natural villages"). */
    static final int VILLAGES = 158;
    /** Deep-poverty natural villages demolished: 117 ("deep-poverty natural villages"). */
    static final int VILLAGES_DEMOLISHED = 117;
    /** Deep-poverty natural villages reclaimed: 47 ("deep-poverty natural villages"). */
    static final int VILLAGES_RECLAIMED = 47;
    /** The total of the funds received 2016–2018 as the report states it: 9.17亿元 ("funds received 2016–2018"). */
    static final String FUNDS_RECEIVED = "917000000.00";
    /** The four sources received 2016–2018, in yuan, all disbursed to the counties ("funds received 2016–2018"). */
    static final Map<String, String> FUNDS_RECEIVED_BY_SOURCE = ordered(
            "CENTRAL_BUDGET", "54810000.00", "LOCAL_GOVERNMENT_BOND", "261000000.00",
            "SPECIAL_CONSTRUCTION_FUND", "45145000.00", "POLICY_LOAN", "564000000.00");
    /** The city's fiscal fund for county industries: 3,200万元 ("city fiscal fund for county industries"). */
    static final String CITY_FISCAL_FUND = "32000000.00";
    /** Every source the city received, in yuan: the four of 2016–2018, then the city's fiscal fund. */
    static final Map<String, String> FUNDS = withCityFiscal(FUNDS_RECEIVED_BY_SOURCE);
    /** The facilities near the sites, by type ("facilities near sites"). */
    static final Map<String, Integer> FACILITIES = ordered(
            "CLINIC", 28, "PRIMARY_SCHOOL", 20, "KINDERGARTEN", 15, "ACTIVITY_ROOM", 24, "CULTURE_SQUARE", 22,
            "COMMUNITY_SERVICE_STATION", 36);
    /** Relocated poor people covered by the industries: 22,946 ("industry coverage"). */
    static final int INDUSTRY_COVERAGE_PEOPLE = 22_946;
    /** People placed in employment: 4,803 ("employment placements"). */
    static final int PLACEMENTS = 4_803;

    // ------------------------------------------------------------------ docs/domain.md, "The report's contradictions"

    /**
     * At most 10,466 households relocated: the 10,406 moved in and one household at most for each of the
     * 26,533 − 26,473 = 60 people not moved in (contradiction 4, "Homesteads").
     */
    static final int RELOCATED_HOUSEHOLDS_AT_MOST = MOVED_IN_HOUSEHOLDS + RELOCATED_PEOPLE - MOVED_IN_PEOPLE;

    // ------------------------------------------------------------------ docs/domain.md, "County-level detail"

    /** Xiyang and Lingshi: "100% demolition and reclamation" (also "The report's figures": 昔阳 and 灵石 100%). */
    static final Set<County> FULL_DEMOLITION = Set.of(County.XIYANG, County.LINGSHI);

    /** Heshun: 754.2 mu transferred for the mushroom greenhouses. */
    static final String HESHUN_MUSHROOM_LAND_MU = "754.20";
    /** Heshun: 4,205.63万元 in the mushroom greenhouses. */
    static final String HESHUN_MUSHROOM_INVESTMENT = "42056300.00";
    /** Heshun: 1,600 edible-mushroom greenhouses. */
    static final String HESHUN_GREENHOUSES = "1600.00";
    /** Heshun: 1,355 households with labour capacity gain from the greenhouses. */
    static final int HESHUN_MUSHROOM_HOUSEHOLDS = 1_355;
    /** Heshun: each greenhouse household gains ¥5,000+ a year. */
    static final String HESHUN_MUSHROOM_INCREASE = "5000.00";
    /** Heshun: two workshops for 2,600万元. */
    static final String HESHUN_WORKSHOPS_INVESTMENT = "26000000.00";
    /** Heshun: two workshops. */
    static final int HESHUN_WORKSHOPS = 2;
    /** Heshun: the workshops' first 5 firms. */
    static final int HESHUN_WORKSHOP_FIRMS = 5;
    /** Heshun: the workshops' firms offer 422 jobs. */
    static final int HESHUN_WORKSHOP_JOBS = 422;
    /** Heshun: 263 poor people work in the workshops. */
    static final int HESHUN_WORKSHOP_EMPLOYED = 263;
    /** Heshun: 41 Party groups. */
    static final int HESHUN_PARTY_GROUPS = 41;
    /** Heshun: 258 Party-building training sessions. */
    static final int HESHUN_PARTY_TRAINING_SESSIONS = 258;
    /** Heshun: 2,288 Party-building trainees. */
    static final int HESHUN_PARTY_TRAINEES = 2_288;

    /** Zuoquan: an 885.14万元 stake in the village PV station. */
    static final String ZUOQUAN_PV_INVESTMENT = "8851400.00";
    /** Zuoquan: the PV station's 46.4 MW. */
    static final String ZUOQUAN_PV_MEGAWATTS = "46.40";
    /** Zuoquan: the PV station covers 620 poor households. */
    static final int ZUOQUAN_PV_HOUSEHOLDS = 620;
    /** Zuoquan: the PV station paid out 832.18万元. */
    static final String ZUOQUAN_PV_DIVIDENDS = "8321800.00";
    /** Zuoquan: +¥1,100 per PV household. */
    static final String ZUOQUAN_PV_INCREASE = "1100.00";
    /** Zuoquan: 4 workshops. */
    static final int ZUOQUAN_WORKSHOPS = 4;

    /** Yushe: herbs and millet cover 2,604 households. */
    static final int YUSHE_HERBAL_HOUSEHOLDS = 2_604;
    /** Yushe: herbs and millet cover 6,105 people. */
    static final int YUSHE_HERBAL_PEOPLE = 6_105;
    /** Yushe: +¥500 per herbal household. */
    static final String YUSHE_HERBAL_INCREASE = "500.00";
    /** Yushe: 14 workshop factories. */
    static final int YUSHE_WORKSHOPS = 14;
    /** Yushe: 12 of the workshop factories running. */
    static final int YUSHE_WORKSHOPS_RUNNING = 12;
    /** Yushe: 627 poor people transferred into work in the workshop factories. */
    static final int YUSHE_WORKSHOP_TRANSFERRED = 627;
    /** Yushe: 327 relocated people employed in the workshop factories. */
    static final int YUSHE_WORKSHOP_EMPLOYED = 327;
    /** Yushe: 36 training courses. */
    static final int YUSHE_TRAININGS = 36;
    /** Yushe: 1,041 trainees. */
    static final int YUSHE_TRAINEES = 1_041;
    /** Yushe: 660 employed after training. */
    static final int YUSHE_EMPLOYED_AFTER_TRAINING = 660;
    /** Yushe: 4 job fairs. */
    static final int YUSHE_JOB_FAIRS = 4;
    /** Yushe: 2,875 registered at the job fairs. */
    static final int YUSHE_JOB_FAIR_REGISTRATIONS = 2_875;
    /** Yushe: a 150-bed elderly home. */
    static final int YUSHE_ELDERLY_HOME_BEDS = 150;

    /** Xiyang: three firms in the workshops. */
    static final int XIYANG_WORKSHOP_FIRMS = 3;
    /** Xiyang: the workshop firms employ 400+ poor people. */
    static final int XIYANG_WORKSHOP_EMPLOYED = 400;
    /** Xiyang: 65 public-welfare posts. */
    static final int XIYANG_PUBLIC_WELFARE_POSTS = 65;
    /** Xiyang: free bus line 105. */
    static final String XIYANG_BUS_LINE = "105";

    /** The funds figures cover 2016 to 2018 ("funds received 2016–2018"): the claims' period. */
    static final LocalDate FUNDS_FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate FUNDS_TO = LocalDate.of(2018, 12, 31);
    /**
     * The day the report's other figures speak for ("截至目前"). docs/domain.md gives no date: the report sums up
     * the 13th Five-Year Plan (2016–2020), all 25 sites completed and the whole task relocated, so the demo takes
     * the plan's last day.
     */
    static final LocalDate REPORT_AS_OF = LocalDate.of(2020, 12, 31);

    // ------------------------------------------------------------------ the claims

    /** A published figure declared to the data-quality view: a numerator, a denominator and a value, each where the report gives it. */
    record Claim(String id, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {

        private static Claim of(String id, BigDecimal value) {
            return new Claim(id, null, null, value);
        }
    }

    /** The figures declared so that the data-quality view checks them, in the order they are declared. */
    static List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        claims.add(Claim.of("funds.received", wholeYuan(FUNDS_RECEIVED)));
        FUNDS_RECEIVED_BY_SOURCE.forEach((source, amount) -> claims.add(Claim.of("funds.received:" + source, wholeYuan(amount))));
        claims.add(new Claim("poverty.lifted.rate", count(LIFTED_PEOPLE), count(REGISTERED_POOR_PEOPLE), LIFTED_RATE));
        claims.add(new Claim("industry.coverage", count(INDUSTRY_COVERAGE_PEOPLE), null, null));
        claims.add(Claim.of("relocation.people.registered-poor", count(REGISTERED_POOR_PEOPLE)));
        claims.add(new Claim("homestead.demolition.rate", count(DEMOLISHED), null, DEMOLITION_RATE));
        claims.add(Claim.of("relocation.households", count(RELOCATED_HOUSEHOLDS_AT_MOST)));
        claims.add(Claim.of("occupancy.people", count(MOVED_IN_PEOPLE)));
        claims.add(Claim.of("occupancy.registered-poor.people", count(MOVED_IN_REGISTERED_POOR_PEOPLE)));
        claims.add(Claim.of("relocation.people.co-relocated", count(CO_RELOCATED_PEOPLE)));
        claims.add(Claim.of("relocation.people", count(RELOCATED_PEOPLE)));
        return List.copyOf(claims);
    }

    private static BigDecimal count(int figure) {
        return BigDecimal.valueOf(figure);
    }

    private static BigDecimal wholeYuan(String amount) {
        return new BigDecimal(amount).setScale(0, RoundingMode.UNNECESSARY);
    }

    private static Map<String, String> withCityFiscal(Map<String, String> received) {
        Map<String, String> funds = new LinkedHashMap<>(received);
        funds.put("CITY_FISCAL", CITY_FISCAL_FUND);
        return Collections.unmodifiableMap(funds);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
