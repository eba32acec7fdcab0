package org.anju.funding.domain;

import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan with exactly two decimals (fen), never floating point. */
public final class Money {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** The amount at scale 2; rejects non-positive amounts and fractions of a fen instead of rounding them. */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainRuleViolation("amount-must-be-positive", "An amount must be greater than 0.00, not " + amount);
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation("amount-in-fen", "An amount has at most two decimals (fen): " + amount.toPlainString());
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code "45145000.00"}: the form amounts take in JSON, events and CSV. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
