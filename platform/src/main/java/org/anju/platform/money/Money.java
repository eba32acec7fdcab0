package org.anju.platform.money;

import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in yuan with exactly two decimals (fen), never floating point: {@code NUMERIC(18,2)} in
 * the databases, decimal strings ({@code "45145000.00"}) in JSON, events and CSV.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** The amount at scale 2; a fraction of a fen is refused ({@code amount-in-fen}), never rounded. */
    public static BigDecimal of(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw DomainRuleViolation.of("amount-in-fen", amount.toPlainString());
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@link #of}, or null for no amount. */
    public static BigDecimal ofNullable(BigDecimal amount) {
        return amount == null ? null : of(amount);
    }

    /** A positive amount at scale 2; zero, negative and missing amounts are refused ({@code amount-must-be-positive}). */
    public static BigDecimal positive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw DomainRuleViolation.of("amount-must-be-positive", amount == null ? "—" : amount.toPlainString());
        }
        return of(amount);
    }

    /** {@code "45145000.00"}: the form amounts take in JSON, events and CSV; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }
}
