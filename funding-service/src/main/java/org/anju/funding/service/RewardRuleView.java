package org.anju.funding.service;

import org.anju.funding.domain.Purpose;
import org.anju.funding.domain.RewardRule;

import java.math.BigDecimal;

/** A configured reward rule: a demolished village of {@code county} earns {@code amount} of {@code source} for {@code purpose}. */
public record RewardRuleView(String name, String county, String source, Purpose purpose, BigDecimal amount) {

    static RewardRuleView of(RewardRule rule) {
        return new RewardRuleView(rule.name(), rule.county().code(), rule.source(), rule.purpose(), rule.amount());
    }
}
