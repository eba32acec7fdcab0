package org.anju.gateway.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed report's five contradictions (docs/domain.md, "The report's figures"), as claims. */
class DataQualityRulesTest {

    private static final String REPORT = "Jinzhong report";
    private final DataQualityRules rules = new DataQualityRules(IndicatorCatalogue.standard());

    private static Claim claim(String id, String numerator, String denominator, String value) {
        return new Claim(id, "city", numerator == null ? null : new BigDecimal(numerator),
                denominator == null ? null : new BigDecimal(denominator), value == null ? null : new BigDecimal(value), REPORT);
    }

    private List<Finding> check(List<Claim> claims) {
        return rules.claims(claims, claim -> Counters.NONE);
    }

    /** {@code findings} is one finding of {@code rule} whose English arithmetic holds {@code figures}. */
    private static void assertSingle(List<Finding> findings, String rule, String... figures) {
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo(rule);
            assertThat(finding.message().english()).contains(figures);
        });
    }

    @Test
    void fundsWhosePartsDoNotAddUpToTheDeclaredTotal() {
        List<Finding> findings = check(List.of(
                claim("funds.received", null, null, "917000000"),
                claim("funds.received:CENTRAL_BUDGET", null, null, "54810000"),
                claim("funds.received:LOCAL_GOVERNMENT_BOND", null, null, "261000000"),
                claim("funds.received:SPECIAL_CONSTRUCTION_FUND", null, null, "45145000"),
                claim("funds.received:POLICY_LOAN", null, null, "564000000")));
        assertSingle(findings, "parts-do-not-add-up", "924955000", "7955000");
    }

    @Test
    void aStatedRateThatIsNotItsNumeratorOverItsDenominator() {
        assertThat(check(List.of(claim("poverty.lifted.rate", "19850", "22909", "0.95"))))
                .extracting(Finding::ruleId, finding -> finding.message().english())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("claimed-rate-mismatch",
                        "claimed 95% but 19850 / 22909 = 86.65% [Jinzhong report]"));
    }

    @Test
    void morePeopleCoveredThanThePopulationTheyArePartOf() {
        List<Finding> findings = check(List.of(
                claim("industry.coverage", "22946", null, null),
                claim("relocation.people.registered-poor", null, null, "22909")));
        assertThat(findings).extracting(Finding::ruleId).containsExactly("claimed-above-base");
    }

    @Test
    void aRateWhoseImpliedBaseIsLargerThanThePopulation() {
        List<Finding> findings = check(List.of(
                claim("homestead.demolition.rate", "10353", null, "0.9472"),
                claim("relocation.households", null, null, "10466")));
        assertSingle(findings, "implied-base-exceeds-population", "implies 10930", "10466");
    }

    @Test
    void moreCoRelocatedPeopleMovedInThanThereAre() {
        List<Finding> findings = check(List.of(
                claim("occupancy.people", null, null, "26473"),
                claim("occupancy.registered-poor.people", null, null, "22039"),
                claim("relocation.people.co-relocated", null, null, "3624")));
        assertSingle(findings, "category-moved-in-exceeds-population", "4434", "3624");
    }

    @Test
    void consistentClaimsRaiseNothing() {
        assertThat(check(List.of(claim("poverty.lifted.rate", "19850", "22909", "0.8665"),
                claim("funds.received", null, null, "10"), claim("funds.received:POLICY_LOAN", null, null, "10")))).isEmpty();
    }

    @Test
    void recordsWithARateAboveOneHundredPercent() {
        assertThat(rules.records("county:140723", new Counters(Map.of(Counter.PEOPLE_COVERED_REGISTERED_POOR.key(), new BigDecimal("12"),
                Counter.PEOPLE_REGISTERED_POOR.key(), new BigDecimal("10")))))
                .extracting(Finding::ruleId, Finding::indicatorId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rate-above-100", "industry.coverage"));
    }

    @Test
    void aClaimTheRecordsDoNotBearOut() {
        assertThat(rules.claims(List.of(claim("relocation.people", null, null, "26533")),
                claim -> new Counters(Map.of(Counter.PEOPLE.key(), new BigDecimal("26000")))))
                .extracting(Finding::ruleId).containsExactly("claim-differs-from-records");
    }
}
