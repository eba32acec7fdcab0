package org.anju.funding.domain;

import org.anju.platform.money.Money;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A standing reward, e.g. Yushe's ¥200,000 for every deep-poverty village whose old houses are all
 * demolished: a demolished village of {@code county} earns {@code amount} of {@code source} for {@code purpose}.
 */
public record RewardRule(String name, CountyCode county, String source, Purpose purpose, BigDecimal amount) {

    public RewardRule {
        Objects.requireNonNull(county, () -> "Reward rule " + name + " needs a county");
        amount = Money.positive(amount);
    }

    /** The reward this rule proposes for a demolished village, if the village is in the rule's county. */
    public Optional<Reward> proposeFor(String villageId, CountyCode villageCounty, LocalDate demolishedOn, Instant now) {
        return county.equals(villageCounty) ? Optional.of(new Reward(this, villageId, demolishedOn, now)) : Optional.empty();
    }
}
