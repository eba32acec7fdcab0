package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Purpose;
import org.anju.funding.domain.RewardRule;

import java.math.BigDecimal;

/** A configured reward rule: a demolished village of {@code county} earns {@code amount} of {@code source} for {@code purpose}. */
public record RewardRuleView(@NotNull String name, @NotNull String county, @NotNull String source, @NotNull Purpose purpose,
                             @NotNull BigDecimal amount) {

    static RewardRuleView of(RewardRule rule) {
        return new RewardRuleView(rule.name(), rule.county().code(), rule.source(), rule.purpose(), rule.amount());
    }
}
