package org.anju.funding.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReconciliationTest {

    @Test
    void theReportsTotalIsShownAgainstItsOwnSourcesAndTheLedgerPerSource() {
        Declaration report = new Declaration("jinzhong-2016-2018", Instant.EPOCH);
        report.declare("funds received 2016-2018", new BigDecimal("917000000.00"), Map.of(
                        "CENTRAL_BUDGET", new BigDecimal("54810000.00"),
                        "LOCAL_GOVERNMENT_BOND", new BigDecimal("261000000.00"),
                        "SPECIAL_CONSTRUCTION_FUND", new BigDecimal("45145000.00"),
                        "POLICY_LOAN", new BigDecimal("564000000.00")),
                LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31), Instant.EPOCH);

        Reconciliation reconciliation = Reconciliation.of(report, Map.of(
                "CENTRAL_BUDGET", new BigDecimal("54810000.00"),
                "LOCAL_GOVERNMENT_BOND", new BigDecimal("261000000.00"),
                "SPECIAL_CONSTRUCTION_FUND", new BigDecimal("45145000.00"),
                "POLICY_LOAN", new BigDecimal("560000000.00"),
                "CITY_FISCAL", new BigDecimal("32000000.00")));

        assertThat(reconciliation.declaredSourcesTotal()).hasToString("924955000.00");
        assertThat(reconciliation.declaredSourcesMinusDeclaredTotal()).hasToString("7955000.00");
        assertThat(reconciliation.ledgerTotal()).hasToString("952955000.00");
        assertThat(reconciliation.ledgerMinusDeclaredTotal()).hasToString("35955000.00");
        assertThat(reconciliation.consistent()).isFalse();
        assertThat(reconciliation.sources()).extracting(s -> s.source(), s -> s.difference().toPlainString()).containsExactly(
                tuple("CENTRAL_BUDGET", "0.00"),
                tuple("CITY_FISCAL", "32000000.00"),
                tuple("LOCAL_GOVERNMENT_BOND", "0.00"),
                tuple("POLICY_LOAN", "-4000000.00"),
                tuple("SPECIAL_CONSTRUCTION_FUND", "0.00"));
    }

    @Test
    void aLedgerThatMatchesAConsistentDeclarationIsConsistent() {
        Declaration declared = new Declaration("d", Instant.EPOCH);
        declared.declare(null, new BigDecimal("10.00"), Map.of("CENTRAL_BUDGET", new BigDecimal("10.00")), null, null, Instant.EPOCH);

        assertThat(Reconciliation.of(declared, Map.of("CENTRAL_BUDGET", new BigDecimal("10.00"))).consistent()).isTrue();
    }
}
