package org.anju.industry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal amounts are kept with exactly two decimals (NUMERIC(18,2)); more precision is a validation error upstream. */
public final class Money {

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal ofNullable(BigDecimal amount) {
        return amount == null ? null : of(amount);
    }
}
