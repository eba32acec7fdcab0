package org.anju.funding.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RewardTest {

    private static final Instant NOW = Instant.parse("2019-05-01T08:00:00Z");
    private static final RewardRule YUSHE = new RewardRule("yushe-village-demolished", county("140721"), "LOCAL_GOVERNMENT_BOND",
            Purpose.DEMOLITION_RECLAMATION_REWARD, new BigDecimal("200000"));

    @Test
    void aRuleProposesARewardForADemolishedVillageOfItsCountyOnly() {
        assertThat(YUSHE.proposeFor("v-1", county("140722"), LocalDate.of(2019, 4, 1), NOW)).isEmpty();

        Reward reward = YUSHE.proposeFor("v-1", county("140721"), LocalDate.of(2019, 4, 1), NOW).orElseThrow();

        assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
        assertThat(reward.version()).isEqualTo(1);
        assertThat(reward.amount()).hasToString("200000.00");
        assertThat(reward.county()).isEqualTo("140721");
    }

    @Test
    void approvingPaysTheRewardAsAnExpenditureForTheVillageOnce() {
        Reward reward = YUSHE.proposeFor("v-1", county("140721"), null, NOW).orElseThrow();

        LedgerEntry payment = reward.payment(LocalDate.of(2019, 5, 2), NOW);
        reward.approve(payment, NOW);

        assertThat(payment.kind()).isEqualTo(EntryKind.EXPENDITURE);
        assertThat(payment.purpose()).isEqualTo(Purpose.DEMOLITION_RECLAMATION_REWARD);
        assertThat(payment.links().villageId()).isEqualTo("v-1");
        assertThat(payment.rewardId()).isEqualTo(reward.id());
        assertThat(reward.status()).isEqualTo(RewardStatus.APPROVED);
        assertThat(reward.version()).isEqualTo(2);
        assertThat(reward.expenditureEntryId()).isEqualTo(payment.id());
        assertThatThrownBy(() -> reward.payment(LocalDate.of(2019, 5, 3), NOW))
                .isInstanceOf(DomainRuleViolation.class).extracting("rule").isEqualTo("reward-paid-once");
    }

    private static CountyCode county(String code) {
        return CountyCode.of(code, "county");
    }
}
