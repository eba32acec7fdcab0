package org.anju.gateway.service.report;

import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.service.CountiesView;
import org.anju.gateway.service.FindingView;
import org.anju.gateway.service.IndicatorView;
import org.anju.gateway.service.IndicatorsView;
import org.anju.gateway.service.ScopeView;
import org.anju.platform.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Representative figures for the report's rendering tests and its picture: the city's figures of the seed report
 * (晋中市“十三五”易地扶贫搬迁工作综述, as of the end of 2018), eleven counties sharing them, and three findings the
 * seed report itself raises (its 95% poverty-exit rate, its funds' parts, its industry coverage above 100%).
 */
final class RepresentativeData {

    static final LocalDate AS_OF = LocalDate.of(2018, 12, 31);
    static final String[][] COUNTIES = {{"140702", "榆次区", "Yuci"}, {"140703", "太谷区", "Taigu"}, {"140721", "榆社县", "Yushe"},
            {"140722", "左权县", "Zuoquan"}, {"140723", "和顺县", "Heshun"}, {"140724", "昔阳县", "Xiyang"},
            {"140725", "寿阳县", "Shouyang"}, {"140727", "祁县", "Qi"}, {"140728", "平遥县", "Pingyao"},
            {"140729", "灵石县", "Lingshi"}, {"140781", "介休市", "Jiexiu"}};
    private static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();

    private RepresentativeData() {
    }

    /** {numerator, denominator} of every indicator of the city (a count's denominator is null). */
    static Map<String, Object[]> cityFigures() {
        Map<String, Object[]> figures = new HashMap<>();
        put(figures, "relocation.task.people", 26426);
        put(figures, "relocation.people", 26533);
        put(figures, "relocation.task-completion", 26533, 26426);
        put(figures, "relocation.people.registered-poor", 22909);
        put(figures, "relocation.people.co-relocated", 3624);
        put(figures, "relocation.households", 10431);
        put(figures, "occupancy.households", 10406);
        put(figures, "occupancy.people", 26473);
        put(figures, "occupancy.rate", 26473, 26533);
        put(figures, "occupancy.registered-poor.people", 22039);
        put(figures, "occupancy.registered-poor.rate", 22039, 22909);
        // the plan: 80% into county towns, the rest into townships (central villages and communities)
        put(figures, "placement.people", 26533);
        put(figures, "placement.county-town.share", 21492, 26533);
        put(figures, "sites.count", 25);
        put(figures, "sites.completed", 25);
        put(figures, "sites.completion", 25, 25);
        put(figures, "poverty.lifted.households", 6999);
        put(figures, "poverty.lifted.people", 19850);
        put(figures, "poverty.lifted.rate", 19850, 22909);
        put(figures, "homestead.to-demolish", 10930);
        put(figures, "homestead.demolished", 10353);
        put(figures, "homestead.reclaimed", 6768);
        put(figures, "homestead.demolition.rate", 10353, 10930);
        put(figures, "homestead.reclamation.rate", 6768, 10930);
        put(figures, "village.count", 158);
        put(figures, "village.relocated", 158);
        put(figures, "village.demolished", 117);
        put(figures, "village.reclaimed", 47);
        put(figures, "village.relocated.rate", 158, 158);
        put(figures, "village.demolished.rate", 117, 158);
        put(figures, "village.reclaimed.rate", 47, 158);
        figures.put("funds.received", new Object[]{"924955000.00", null});
        figures.put("funds.disbursed", new Object[]{"924955000.00", null});
        figures.put("funds.disbursement.rate", new Object[]{"924955000.00", "924955000.00"});
        figures.put("funds.spent", new Object[]{"880000000.00", null});
        put(figures, "industry.covered.people", 22946);
        put(figures, "industry.coverage", 22946, 22909);
        put(figures, "industry.projects", 86);
        figures.put("industry.investment", new Object[]{"152300000.00", null});
        put(figures, "employment.placed", 4803);
        put(figures, "employment.household-coverage", 8911, 9120);
        put(figures, "employment.households.with-labour", 9120);
        put(figures, "employment.zero-employment-households", 209);
        put(figures, "workshops.running", 30);
        put(figures, "workshops.jobs", 1676);
        // income gains a year: annualised wages by channel plus the year's dividends (the seed report's counties
        // name gains of 500 to 5,000 yuan per household from industry and 8,000 to 18,000 yuan per person employed)
        figures.put("income.gain", new Object[]{"86900000.00", null});
        figures.put("income.gain.per-household", new Object[]{"86900000.00", BigDecimal.valueOf(10431)});
        figures.put("income.gain.per-person", new Object[]{"86900000.00", BigDecimal.valueOf(26533)});
        figures.put("income.dividends", new Object[]{"3500000.00", null});
        figures.put("income.workshop-wages", new Object[]{"25200000.00", null});
        put(figures, "training.trainees", 3329);
        put(figures, "training.employed-after", 1893);
        put(figures, "job-fairs.hires", 612);
        put(figures, "facilities.count", 145);
        put(figures, "party.branches", 12);
        put(figures, "party.groups", 41);
        put(figures, "requests.accepted-on-time.rate", 1180, 1204);
        put(figures, "requests.resolved.rate", 1150, 1210);
        put(figures, "requests.median-resolve-hours", 36);
        put(figures, "requests.overdue", 7);
        put(figures, "sites.standard.compliance", 438, 450);
        return figures;
    }

    private static void put(Map<String, Object[]> figures, String id, long numerator) {
        figures.put(id, new Object[]{BigDecimal.valueOf(numerator), null});
    }

    private static void put(Map<String, Object[]> figures, String id, long numerator, long denominator) {
        figures.put(id, new Object[]{BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator)});
    }

    static IndicatorsView city() {
        Map<String, Map<String, Object>> breakdowns = new HashMap<>();
        breakdowns.put("funds.received", parts("POLICY_LOAN", "564000000.00", "LOCAL_GOVERNMENT_BOND", "261000000.00",
                "CENTRAL_BUDGET", "54810000.00", "SPECIAL_CONSTRUCTION_FUND", "45145000.00"));
        Map<String, Object> disbursed = new LinkedHashMap<>();
        long[] shares = {17, 9, 11, 12, 10, 8, 7, 6, 9, 6, 5};
        BigDecimal left = new BigDecimal("924955000.00");
        for (int c = 0; c < COUNTIES.length; c++) {
            BigDecimal share = c == COUNTIES.length - 1 ? left
                    : new BigDecimal("924955000.00").multiply(BigDecimal.valueOf(shares[c])).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            disbursed.put(COUNTIES[c][0], share.toPlainString());
            left = left.subtract(share);
        }
        breakdowns.put("funds.disbursed", disbursed);
        breakdowns.put("funds.spent", parts("HOUSING_SUBSIDY", "700000000.00", "DEMOLITION_RECLAMATION_REWARD", "120000000.00",
                "CO_RELOCATION_SUBSIDY", "60000000.00"));
        breakdowns.put("placement.people", parts("COUNTY_TOWN", 21492, "CENTRAL_VILLAGE", 3210, "COMMUNITY", 1831));
        breakdowns.put("income.gain", parts("LABOUR_EXPORT", "36000000.00", "WORKSHOP", "25200000.00",
                "FLEXIBLE_LOCAL", "9600000.00", "PUBLIC_WELFARE_POST", "6000000.00", "ENTERPRISE", "4800000.00",
                "DIVIDENDS", "3500000.00", "SELF_EMPLOYED", "1800000.00"));
        breakdowns.put("income.dividends", parts("project-heshun-mushrooms", "2100000.00", "project-zuoquan-solar", "1400000.00"));
        breakdowns.put("income.workshop-wages", parts("workshop-heshun-garments", "15120000.00", "workshop-yushe-locks", "10080000.00"));
        breakdowns.put("facilities.count", parts("COMMUNITY_SERVICE_STATION", 36, "CLINIC", 28, "ACTIVITY_ROOM", 24,
                "CULTURE_SQUARE", 22, "PRIMARY_SCHOOL", 20, "KINDERGARTEN", 15));
        return view(new ScopeView("CITY", "140700", "晋中市", "Jinzhong"), Scope.Level.CITY, cityFigures(), breakdowns, 1.0);
    }

    static CountiesView counties() {
        double[] weights = {0.17, 0.09, 0.11, 0.12, 0.10, 0.08, 0.07, 0.06, 0.09, 0.06, 0.05};
        List<IndicatorsView> counties = new ArrayList<>();
        for (int c = 0; c < COUNTIES.length; c++) {
            counties.add(view(new ScopeView("COUNTY", COUNTIES[c][0], COUNTIES[c][1], COUNTIES[c][2]), Scope.Level.COUNTY,
                    cityFigures(), Map.of(), weights[c] * (c == 5 || c == 9 ? 1.0 : 0.97 + c * 0.004)));
        }
        return new CountiesView(counties, List.of());
    }

    /** The findings the seed report's own figures raise, in {@code language}. */
    static List<FindingView> findings(boolean chinese) {
        return List.of(
                new FindingView("claimed-rate-mismatch", "ERROR", "CLAIMS", "poverty.lifted.rate", "city",
                        chinese ? "公布的比率不等于其分子 ÷ 分母" : "A declared rate is not its numerator ÷ denominator",
                        chinese ? "公布比率为 95%，但 19,850 / 22,909 = 86.65%（来源：晋中市“十三五”易地扶贫搬迁工作综述）"
                                : "declared rate 95%, but 19,850 / 22,909 = 86.65% (source: the Jinzhong relocation review)"),
                new FindingView("parts-do-not-add-up", "ERROR", "CLAIMS", "funds.received", "city",
                        chinese ? "公布的分项之和不等于合计" : "The declared parts do not add up to the declared total",
                        chinese ? "公布合计为 917,000,000.00 元，但其 4 个分项之和为 924,955,000.00 元（相差 7,955,000.00 元）"
                                : "declared total 917,000,000.00 yuan, but its 4 parts add up to 924,955,000.00 yuan (7,955,000.00 apart)"),
                new FindingView("rate-above-100", "ERROR", "RECORDS", "industry.coverage", "city",
                        chinese ? "比率超过 100%" : "A rate above 100%",
                        chinese ? "产业覆盖率：分子“产业覆盖人数”为 22,946，超过了分母“建档立卡搬迁人口”的 22,909，比率为 100.16%"
                                : "Industry coverage: numerator 22,946 exceeds denominator 22,909, a rate of 100.16%"),
                new FindingView("claim-differs-from-records", "WARNING", "CLAIMS", "relocation.people", "county:140729",
                        chinese ? "公布数与记录不符" : "A declared figure the records do not bear out",
                        chinese ? "“搬迁人口”公布数为 1,700，但记录为 1,592" : "relocation.people declared 1,700 but recorded 1,592"));
    }

    private static Map<String, Object> parts(Object... keysAndValues) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            parts.put((String) keysAndValues[i], value instanceof Integer count ? BigDecimal.valueOf(count) : value);
        }
        return parts;
    }

    private static IndicatorsView view(ScopeView scope, Scope.Level level, Map<String, Object[]> figures,
                                       Map<String, Map<String, Object>> breakdowns, double weight) {
        List<IndicatorView> indicators = new ArrayList<>();
        for (IndicatorDefinition definition : CATALOGUE.at(level)) {
            Object[] figure = figures.get(definition.id());
            Object numerator = scaled(figure[0], weight);
            Object denominator = figure[1] == null ? null : scaled(figure[1], weight);
            Object value = definition.isRate() ? IndicatorDefinition.ratio(new BigDecimal(numerator.toString()), new BigDecimal(denominator.toString()))
                    : numerator;
            indicators.add(new IndicatorView(definition.id(),
                    new IndicatorView.Label(definition.label().in(Messages.ZH), definition.label().in(Messages.EN)),
                    definition.unit().name(), value, numerator, denominator, null, null, null, null, null,
                    definition.breakdown() == null ? null : breakdowns.getOrDefault(definition.id(), Map.of())));
        }
        return new IndicatorsView(scope, AS_OF, indicators, List.of());
    }

    private static Object scaled(Object figure, double weight) {
        if (weight == 1.0) {
            return figure;
        }
        if (figure instanceof String amount) {
            return new BigDecimal(amount).multiply(BigDecimal.valueOf(weight)).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return new BigDecimal(figure.toString()).multiply(BigDecimal.valueOf(weight)).setScale(0, RoundingMode.HALF_EVEN);
    }
}
