package org.anju.gateway.domain;

import org.anju.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every data-quality finding reads in English as it always did (plain figures) and in Chinese with
 * the domain's terms, grouped figures and yuan with two decimals.
 */
class FindingTextsTest {

    private static final String HESHUN = "county:140723";
    private static final Counters RECORDS = new Counters(Map.of(
            Counter.PEOPLE_MOVED_IN.key(), new BigDecimal("10.00"), Counter.PEOPLE.key(), new BigDecimal("7.00"),
            Counter.FUNDS_DISBURSED.key(), new BigDecimal("1500000.50"), Counter.FUNDS_RECEIVED.key(), new BigDecimal("1000000.00"),
            Counter.HOUSEHOLDS.key(), new BigDecimal("100.00")));

    private final DataQualityRules rules = new DataQualityRules(IndicatorCatalogue.standard());

    private static Claim claim(String id, String scope, String numerator, String denominator, String value, String source) {
        Function<String, BigDecimal> number = text -> text == null ? null : new BigDecimal(text);
        return new Claim(id, scope, number.apply(numerator), number.apply(denominator), number.apply(value), source);
    }

    private Finding only(FindingRule rule, String indicatorId, List<Finding> findings) {
        return findings.stream().filter(finding -> finding.rule() == rule && finding.indicatorId().equals(indicatorId))
                .findFirst().orElseThrow(() -> new AssertionError(rule + " on " + indicatorId + " not in " + findings));
    }

    private List<Finding> claims(Claim... claims) {
        return rules.claims(List.of(claims), claim -> claim.scopeKey().equals(HESHUN) ? RECORDS : Counters.NONE);
    }

    private static void reads(Finding finding, String english, String chinese) {
        assertThat(finding.message().english()).isEqualTo(english);
        assertThat(finding.message().in(Messages.ZH)).isEqualTo(chinese);
    }

    @Test
    void aRateAboveOneHundredPercentInTheRecords() {
        List<Finding> findings = rules.records(HESHUN, RECORDS);
        reads(only(FindingRule.RATE_ABOVE_100, "occupancy.rate", findings),
                "Occupancy rate: 10 members of relocated households that moved in exceeds 7 people of relocated households "
                        + "(all members; households deleted in error excluded) (142.9%)",
                "入住率：分子“已入住搬迁户的家庭成员”为 10，超过了分母“搬迁户人口（全部家庭成员；不含误录删除的户）”的 7，比率为 142.9%");
        reads(only(FindingRule.RATE_ABOVE_100, "funds.disbursement.rate", findings),
                "Disbursement rate: 1500000.5 money the city disbursed to counties exceeds 1000000 money the city received (150%)",
                "资金拨付率：分子“市级拨付到县的资金”为 1,500,000.50 元，超过了分母“市级到位资金”的 1,000,000.00 元，比率为 150%");
    }

    @Test
    void aDeclaredRateThatIsNotItsNumeratorOverItsDenominator() {
        List<Finding> findings = claims(claim("poverty.lifted.rate", "city", "19850", "22909", "0.95", "Jinzhong report"),
                claim("funds.disbursement.rate", "city", "900000.5", "1000000", "0.5", null));
        reads(only(FindingRule.CLAIMED_RATE_MISMATCH, "poverty.lifted.rate", findings),
                "claimed 95% but 19850 / 22909 = 86.65% [Jinzhong report]",
                "公布比率为 95%，但 19,850 / 22,909 = 86.65%（来源：Jinzhong report）");
        reads(only(FindingRule.CLAIMED_RATE_MISMATCH, "funds.disbursement.rate", findings),
                "claimed 50% but 900000.5 / 1000000 = 90%",
                "公布比率为 50%，但 900,000.50 元 / 1,000,000.00 元 = 90%");
    }

    @Test
    void aDeclaredFigureAboveItsBase() {
        reads(only(FindingRule.CLAIMED_ABOVE_BASE, "industry.coverage", claims(claim("industry.coverage", "city", "22946", null, null, "rep"),
                        claim("relocation.people.registered-poor", "city", null, null, "22909", "rep"))),
                "22946 members of registered-poor relocated households that benefit from at least one industry project exceed "
                        + "22909 members of relocated registered-poor households [rep]",
                "公布的“从至少一个产业项目受益的建档立卡搬迁户家庭成员”为 22,946，超过了“已搬迁建档立卡贫困户的家庭成员”的 22,909（来源：rep）");
    }

    @Test
    void aDeclaredRateWhoseImpliedBaseExceedsItsPopulation() {
        reads(only(FindingRule.IMPLIED_BASE_EXCEEDS_POPULATION, "homestead.demolition.rate",
                        claims(claim("homestead.demolition.rate", "city", "10353", null, "0.9472", "rep"),
                                claim("relocation.households", "city", null, null, "10466", "rep"))),
                "10353 at 94.72% implies 10930 relocated households with an old homestead to demolish, more than the 10466 "
                        + "(households) it is part of [rep]",
                "10,353 按 94.72% 推算，“有旧宅需要拆除的搬迁户”应为 10,930，超过了其所属总体（搬迁户）的 10,466（来源：rep）");
        reads(only(FindingRule.IMPLIED_BASE_EXCEEDS_POPULATION, "poverty.lifted.rate",
                        claims(claim("poverty.lifted.rate", "city", "19850", null, "0.5", null),
                                claim("relocation.people", "city", null, null, "26533", null))),
                "19850 at 50% implies 39700 members of relocated registered-poor households (建档立卡), more than the 26533 "
                        + "(people) it is part of",
                "19,850 按 50% 推算，“已搬迁建档立卡贫困户的家庭成员”应为 39,700，超过了其所属总体（搬迁人口）的 26,533");
    }

    @Test
    void aDeclaredFigureTheRecordsDoNotBearOut() {
        List<Finding> findings = claims(claim("relocation.people", HESHUN, null, null, "26533", "rep"),
                claim("funds.received", HESHUN, null, null, "917000000", null));
        reads(only(FindingRule.CLAIM_DIFFERS_FROM_RECORDS, "relocation.people", findings),
                "declared 26533 but the records give 7 (people of relocated households (all members; households deleted in error excluded)) [rep]",
                "“搬迁户人口（全部家庭成员；不含误录删除的户）”公布数为 26,533，但记录为 7（来源：rep）");
        reads(only(FindingRule.CLAIM_DIFFERS_FROM_RECORDS, "funds.received", findings),
                "declared 917000000 but the records give 1000000 (money the city received, by source (reversed receipts excluded))",
                "“市级到位资金，按资金来源分列（不含已冲销的到位）”公布数为 917,000,000.00 元，但记录为 1,000,000.00 元");
    }

    @Test
    void declaredPartsThatDoNotAddUpToTheirTotal() {
        reads(only(FindingRule.PARTS_DO_NOT_ADD_UP, "funds.received", claims(
                        claim("funds.received", "city", null, null, "917000000", "Jinzhong report"),
                        claim("funds.received:CENTRAL_BUDGET", "city", null, null, "54810000", null),
                        claim("funds.received:LOCAL_GOVERNMENT_BOND", "city", null, null, "261000000", null),
                        claim("funds.received:SPECIAL_CONSTRUCTION_FUND", "city", null, null, "45145000.5", null),
                        claim("funds.received:POLICY_LOAN", "city", null, null, "564000000", null))),
                "declared total 917000000 but its 4 parts add up to 924955000.5 (difference 7955000.5) [Jinzhong report]",
                "公布合计为 917,000,000.00 元，但其 4 个分项之和为 924,955,000.50 元（相差 7,955,000.50 元）（来源：Jinzhong report）");
    }

    @Test
    void moreCoRelocatedPeopleMovedInThanThereAre() {
        reads(only(FindingRule.CATEGORY_MOVED_IN_EXCEEDS_POPULATION, "occupancy.people", claims(
                        claim("occupancy.people", "city", null, null, "26473", "rep"),
                        claim("occupancy.registered-poor.people", "city", null, null, "22039", null),
                        claim("relocation.people.co-relocated", "city", null, null, "3624", null))),
                "26473 moved in minus 22039 registered-poor moved in leaves 4434 co-relocated people moved in, more than the 3624 "
                        + "co-relocated in total [rep]",
                "入住 26,473 人减去建档立卡入住 22,039 人，得出同步搬迁入住 4,434 人，超过了同步搬迁人口总数 3,624 人（来源：rep）");
    }

    @Test
    void everyRuleHasATitleInBothLanguages() {
        for (FindingRule rule : FindingRule.values()) {
            assertThat(rule.title().english()).isNotBlank().doesNotStartWith("finding.");
            assertThat(rule.title().in(Messages.ZH)).isNotBlank().doesNotStartWith("finding.").isNotEqualTo(rule.title().english());
        }
        assertThat(FindingRule.PARTS_DO_NOT_ADD_UP.title().in(Messages.ZH)).isEqualTo("公布的分项之和不等于合计");
    }
}
