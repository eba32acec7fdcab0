package org.anju.funding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.anju.funding.domain.Purpose;
import org.anju.funding.domain.RewardRule;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reward rules, one per name: {@code anju.rewards.rules.<name>.county|source|amount|purpose}.
 * A {@code VillageDemolished} event of the rule's county proposes one reward per village.
 */
@ConfigMapping(prefix = "anju.rewards")
public interface RewardRulesConfig {

    Map<String, Rule> rules();

    interface Rule {
        /** The county whose demolished villages are rewarded, one of the programme's (a startup failure otherwise). */
        String county();

        /** The fund source the reward is paid from (a county balance of this source). */
        String source();

        /** Yuan per village, e.g. {@code 200000.00}. */
        BigDecimal amount();

        @WithDefault("DEMOLITION_RECLAMATION_REWARD")
        Purpose purpose();
    }

    default List<RewardRule> asRules() {
        return rules().entrySet().stream()
                .map(rule -> new RewardRule(rule.getKey(),
                        CountyCode.of(rule.getValue().county(), "anju.rewards.rules." + rule.getKey() + ".county"), rule.getValue().source(),
                        rule.getValue().purpose(), rule.getValue().amount()))
                .sorted(Comparator.comparing(RewardRule::name))
                .toList();
    }
}
