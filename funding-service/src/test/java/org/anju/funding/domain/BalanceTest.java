package org.anju.funding.domain;

import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BalanceTest {

    private static final Instant NOW = Instant.parse("2018-06-30T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2018, 6, 30);
    private static final CountyCode YUSHE = CountyCode.of("140721", "county");
    private static final BalanceKey AVAILABLE = BalanceKey.county(Account.AVAILABLE, "CENTRAL_BUDGET", "140721");

    @Test
    void eachMovementRaisesTheVersionByOneStartingAtOne() {
        Balance balance = new Balance(AVAILABLE, NOW);
        LedgerEntry disbursement = LedgerEntry.disbursement("CENTRAL_BUDGET", YUSHE, new BigDecimal("54810000.00"), DAY, null, NOW);

        balance.apply(disbursement.movements().get(2), disbursement, balance.amount(), NOW);
        assertThat(balance.version()).isEqualTo(1);
        assertThat(balance.amount()).hasToString("54810000.00");

        LedgerEntry spent = spend("54809999.99");
        balance.apply(spent.movements().get(0), spent, balance.amount(), NOW);
        assertThat(balance.version()).isEqualTo(2);
        assertThat(balance.amount()).hasToString("0.01");
    }

    @Test
    void spendingExactlyTheBalanceLeavesZero() {
        Balance balance = funded("10.00");
        LedgerEntry spent = spend("10.00");

        balance.apply(spent.movements().get(0), spent, balance.amount(), NOW);

        assertThat(balance.amount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aMovementThatWouldOverdrawIsRejectedNamingTheBalanceAndTheAmountsAndChangesNothing() {
        Balance balance = funded("10.00");
        LedgerEntry spent = spend("10.01");

        assertThatThrownBy(() -> balance.apply(spent.movements().get(0), spent, balance.amount(), NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Expenditure of 10.01 would overdraw county 140721's AVAILABLE CENTRAL_BUDGET balance: "
                        + "it holds 10.00, the entry needs 10.01")
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("140721 县 CENTRAL_BUDGET 可用余额不足，此笔支出（10.01 元）无法入账："
                        + "该余额只有 10.00 元，此笔需要 10.01 元"))
                .extracting("rule").isEqualTo("no-overdraw");
        assertThat(balance.amount()).hasToString("10.00");
        assertThat(balance.version()).isEqualTo(1);
    }

    @Test
    void aWithdrawalThatFitsTodayButNotOnItsOwnEarlierDateIsRejected() {
        Balance balance = funded("10.00");
        LedgerEntry spent = spend("6.00");

        // the 10.00 arrived after the expenditure's date: as of that date, only 5.00 was there
        assertThatThrownBy(() -> balance.apply(spent.movements().get(0), spent, new BigDecimal("5.00"), NOW))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessage("Expenditure of 6.00 would overdraw county 140721's AVAILABLE CENTRAL_BUDGET balance: "
                        + "it holds 5.00 on 2018-06-30 and after, the entry needs 6.00")
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("140721 县 CENTRAL_BUDGET 可用余额不足，此笔支出（6.00 元）无法入账："
                        + "该余额在 2018-06-30 及以后最低只有 5.00 元，此笔需要 6.00 元"));
        assertThat(balance.amount()).hasToString("10.00");
    }

    @Test
    void aReversalThatWouldOverdrawTheCityNamesTheEntryItCancelsAndTheCitysBalance() {
        LedgerEntry receipt = LedgerEntry.receipt("POLICY_LOAN", new BigDecimal("45145000.00"), DAY, "晋财金〔2018〕7号", NOW);
        LedgerEntry reversal = LedgerEntry.reversalOf(receipt, "recorded twice", DAY, NOW);
        Balance undisbursed = new Balance(BalanceKey.city(Account.UNDISBURSED, "POLICY_LOAN"), NOW);

        // amounts as given in both languages, never digit-grouped
        assertThatThrownBy(() -> undisbursed.apply(reversal.movements().get(1), reversal, undisbursed.amount(), NOW))
                .hasMessage("Reversal of " + receipt.id() + " for 45145000.00 would overdraw the city's UNDISBURSED POLICY_LOAN balance: "
                        + "it holds 0.00, the entry needs 45145000.00")
                .satisfies(e -> assertThat(chinese(e)).isEqualTo("市本级 POLICY_LOAN 未拨付余额不足，对账目 " + receipt.id()
                        + " 的冲销（45145000.00 元）无法入账：该余额只有 0.00 元，此笔需要 45145000.00 元"));
    }

    @Test
    void aSpentBalanceIsNamedWithItsPurpose() {
        BalanceKey spent = BalanceKey.spent("CENTRAL_BUDGET", "140721", Purpose.HOUSING_SUBSIDY);

        assertThat(spent.describe().english()).isEqualTo("county 140721's SPENT CENTRAL_BUDGET balance for HOUSING_SUBSIDY");
        assertThat(spent.describe().in(Messages.ZH)).isEqualTo("140721 县 CENTRAL_BUDGET 用于建房补助的已支出余额");
    }

    private static String chinese(Throwable violation) {
        return ((DomainRuleViolation) violation).detail(Messages.ZH);
    }

    private static Balance funded(String amount) {
        Balance balance = new Balance(AVAILABLE, NOW);
        LedgerEntry disbursement = LedgerEntry.disbursement("CENTRAL_BUDGET", YUSHE, new BigDecimal(amount), DAY, null, NOW);
        balance.apply(disbursement.movements().get(2), disbursement, balance.amount(), NOW);
        return balance;
    }

    private static LedgerEntry spend(String amount) {
        return LedgerEntry.expenditure("CENTRAL_BUDGET", YUSHE, Purpose.HOUSING_SUBSIDY, new BigDecimal(amount), DAY,
                null, EntryLinks.NONE, null, NOW);
    }
}
