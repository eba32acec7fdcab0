package org.anju.funding.domain;

import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class LedgerEntryTest {

    private static final Instant NOW = Instant.parse("2018-06-30T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2018, 6, 30);
    private static final CountyCode YUSHE = CountyCode.of("140721", "county");
    private static final CountyCode HESHUN = CountyCode.of("140723", "county");

    @Test
    void aReceiptRaisesWhatTheCityReceivedAndHoldsUndisbursed() {
        LedgerEntry receipt = LedgerEntry.receipt("SPECIAL_CONSTRUCTION_FUND", new BigDecimal("45145000.00"), DAY, "晋发改 2016-1", NOW);

        assertThat(receipt.county()).isNull();
        assertThat(receipt.movements()).extracting(m -> m.balance().id(), Movement::delta).containsExactly(
                tuple("RECEIVED/SPECIAL_CONSTRUCTION_FUND/140700", new BigDecimal("45145000.00")),
                tuple("UNDISBURSED/SPECIAL_CONSTRUCTION_FUND/140700", new BigDecimal("45145000.00")));
    }

    @Test
    void aDisbursementMovesMoneyFromTheCityToTheCounty() {
        LedgerEntry disbursement = LedgerEntry.disbursement("CENTRAL_BUDGET", YUSHE, new BigDecimal("100.50"), DAY, null, NOW);

        assertThat(disbursement.movements()).extracting(m -> m.balance().id(), Movement::delta).containsExactly(
                tuple("UNDISBURSED/CENTRAL_BUDGET/140700", new BigDecimal("-100.50")),
                tuple("DISBURSED/CENTRAL_BUDGET/140721", new BigDecimal("100.50")),
                tuple("AVAILABLE/CENTRAL_BUDGET/140721", new BigDecimal("100.50")));
    }

    @Test
    void anExpenditureMovesMoneyFromTheCountysAvailableBalanceToWhatItSpentOnThePurpose() {
        LedgerEntry expenditure = LedgerEntry.expenditure("POLICY_LOAN", HESHUN, Purpose.HOUSING_SUBSIDY,
                new BigDecimal("30000"), DAY, null, EntryLinks.village("v-1"), null, NOW);

        assertThat(expenditure.amount()).isEqualByComparingTo("30000.00").hasToString("30000.00");
        assertThat(expenditure.links().villageId()).isEqualTo("v-1");
        assertThat(expenditure.movements()).extracting(m -> m.balance().id(), Movement::delta).containsExactly(
                tuple("AVAILABLE/POLICY_LOAN/140723", new BigDecimal("-30000.00")),
                tuple("SPENT/POLICY_LOAN/140723/HOUSING_SUBSIDY", new BigDecimal("30000.00")));
    }

    @Test
    void aReversalRepeatsTheEntryItCancelsAndMovesEveryBalanceBack() {
        LedgerEntry disbursement = LedgerEntry.disbursement("CENTRAL_BUDGET", YUSHE, new BigDecimal("100.50"), DAY, "d-1", NOW);

        LedgerEntry reversal = LedgerEntry.reversalOf(disbursement, "wrong county", DAY.plusDays(1), NOW);

        assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
        assertThat(reversal.reversesEntryId()).isEqualTo(disbursement.id());
        assertThat(reversal.reversedKind()).isEqualTo(EntryKind.DISBURSEMENT);
        assertThat(reversal.county()).isEqualTo("140721");
        assertThat(reversal.amount()).isEqualTo(disbursement.amount());
        assertThat(reversal.movements()).containsExactlyElementsOf(disbursement.movements().stream().map(Movement::inverse).toList());
    }

    @Test
    void aReversalCannotItselfBeReversed() {
        LedgerEntry receipt = LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.TEN, DAY, "r-1", NOW);
        LedgerEntry reversal = LedgerEntry.reversalOf(receipt, "typo", DAY, NOW);

        assertThatThrownBy(() -> LedgerEntry.reversalOf(reversal, "undo", DAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("reversal-not-reversible");
    }

    @Test
    void aReversalCannotPrecedeTheEntryItCancels() {
        LedgerEntry receipt = LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.TEN, DAY, "r-1", NOW);

        assertThatThrownBy(() -> LedgerEntry.reversalOf(receipt, "typo", DAY.minusDays(1), NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("reversal-not-before-entry");
    }

    @Test
    void aReversalNeedsAReason() {
        LedgerEntry receipt = LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.TEN, DAY, "r-1", NOW);

        assertThatThrownBy(() -> LedgerEntry.reversalOf(receipt, " ", DAY, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("entry-incomplete");
    }

    @Test
    void amountsArePositiveAndInWholeFen() {
        assertThatThrownBy(() -> LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.ZERO, DAY, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("amount-must-be-positive");
        assertThatThrownBy(() -> LedgerEntry.receipt("CENTRAL_BUDGET", new BigDecimal("-1.00"), DAY, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("amount-must-be-positive");
        assertThatThrownBy(() -> LedgerEntry.receipt("CENTRAL_BUDGET", new BigDecimal("0.001"), DAY, "r", NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("amount-in-fen");
        assertThat(LedgerEntry.receipt("CENTRAL_BUDGET", new BigDecimal("1.100"), DAY, "r", NOW).amount()).hasToString("1.10");
    }

    @Test
    void aReceiptNeedsItsDocumentNumber() {
        assertThatThrownBy(() -> LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.TEN, DAY, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("entry-incomplete");
    }

    @Test
    void moneyGoesToCountiesByTheirCodeNeverToTheCityItself() {
        // entries name a CountyCode: the city's own code and a name are refused before an entry exists
        assertThatThrownBy(() -> CountyCode.of("140700", "county"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("county");
        assertThatThrownBy(() -> CountyCode.of("Yushe", "county"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("county");
        assertThatThrownBy(() -> LedgerEntry.disbursement("CENTRAL_BUDGET", null, BigDecimal.TEN, DAY, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("entry-incomplete");
    }

    @Test
    void anExpenditureNeedsAPurpose() {
        assertThatThrownBy(() -> LedgerEntry.expenditure("CENTRAL_BUDGET", YUSHE, null, BigDecimal.TEN, DAY,
                null, EntryLinks.NONE, null, NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("entry-incomplete");
    }

    @Test
    void anIncompleteEntryNamesWhatItLacksInBothLanguages() {
        assertThatThrownBy(() -> LedgerEntry.receipt("CENTRAL_BUDGET", BigDecimal.TEN, DAY, " ", NOW))
                .hasMessage("The entry needs a document number")
                .satisfies(e -> assertThat(((DomainRuleViolation) e).detail(Messages.ZH)).isEqualTo("该账目缺少文号"));
    }

    @Test
    void anEntryHoldsItsDocumentUnlessItIsAReversalARewardsPaymentOrHasNoNumber() {
        LedgerEntry receipt = LedgerEntry.receipt("POLICY_LOAN", BigDecimal.TEN, DAY, "晋财金〔2018〕7号", NOW);
        LedgerEntry blank = LedgerEntry.disbursement("POLICY_LOAN", YUSHE, BigDecimal.TEN, DAY, " ", NOW);

        assertThat(receipt.holdsItsDocument()).isTrue();
        assertThat(LedgerEntry.reversalOf(receipt, "recorded twice", DAY, NOW).holdsItsDocument()).isFalse();
        assertThat(LedgerEntry.disbursement("POLICY_LOAN", YUSHE, BigDecimal.TEN, DAY, null, NOW).holdsItsDocument()).isFalse();
        assertThat(blank.documentNumber()).isNull();
        assertThat(blank.holdsItsDocument()).isFalse();
        assertThat(LedgerEntry.expenditure("POLICY_LOAN", YUSHE, Purpose.DEMOLITION_RECLAMATION_REWARD, BigDecimal.TEN, DAY,
                "reward yushe-village-demolished", EntryLinks.village("v-1"), UUID.randomUUID(), NOW).holdsItsDocument()).isFalse();
    }

    @Test
    void aDocumentAlreadyRecordedIsRefusedNamingTheEntryThatHoldsItInBothLanguages() {
        LedgerEntry again = LedgerEntry.receipt("POLICY_LOAN", BigDecimal.TEN, DAY, "晋财金〔2018〕7号", NOW);
        UUID first = UUID.fromString("8d3f0a52-1c7e-4f43-9b2a-6e0f5d9c1b27");

        DomainRuleViolation refused = again.documentAlreadyRecorded(first, true);

        assertThat(refused.rule()).isEqualTo("entry-document-unique");
        assertThat(refused).hasMessage("Receipt of POLICY_LOAN with document number 晋财金〔2018〕7号 is already recorded as entry " + first);
        assertThat(refused.detail(Messages.ZH))
                .isEqualTo("资金来源 POLICY_LOAN 的资金到位文号“晋财金〔2018〕7号”已录入为账目 " + first + "，不能重复录入");
    }

    /** An entry the caller may not read (or none found: a concurrent one) is not named. */
    @Test
    void aDocumentHeldByAnEntryTheCallerMayNotReadIsRefusedWithoutNamingIt() {
        LedgerEntry again = LedgerEntry.expenditure("POLICY_LOAN", YUSHE, Purpose.OTHER, BigDecimal.TEN, DAY, "EXP-DUP-1",
                EntryLinks.village("v-1"), null, NOW);
        UUID other = UUID.randomUUID();

        DomainRuleViolation refused = again.documentAlreadyRecorded(other, false);

        assertThat(refused.rule()).isEqualTo("entry-document-unique");
        assertThat(refused).hasMessage("Expenditure of POLICY_LOAN with document number EXP-DUP-1 is already recorded");
        assertThat(refused.detail(Messages.ZH)).isEqualTo("资金来源 POLICY_LOAN 的支出文号“EXP-DUP-1”已录入，不能重复录入");
        assertThat(again.documentAlreadyRecorded(null, true).getMessage()).doesNotContain("null");
    }

    @Test
    void aDocumentNumberIsStoredWrittenOutAndAReversalRepeatsItAsStored() {
        LedgerEntry receipt = LedgerEntry.receipt("POLICY_LOAN", BigDecimal.TEN, DAY, "\u3000ＲＣＰＴ－００１  a\u00a0\u00a0b\u200b ", NOW);

        assertThat(receipt.documentNumber()).isEqualTo("RCPT-001 a b");
        assertThat(LedgerEntry.reversalOf(receipt, "twice", DAY, NOW).documentNumber()).isEqualTo("RCPT-001 a b");
        assertThat(DocumentNumbers.canonical("\u3000\u2003\t")).isNull();
        assertThat(DocumentNumbers.canonical("晋财建〔２０１６〕１１８号")).isEqualTo("晋财建〔2016〕118号");
        assertThatThrownBy(() -> LedgerEntry.receipt("POLICY_LOAN", BigDecimal.TEN, DAY, "㍿".repeat(26), NOW))
                .isInstanceOf(InvalidInput.class);
    }
}
