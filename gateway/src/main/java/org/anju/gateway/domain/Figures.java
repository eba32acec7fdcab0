package org.anju.gateway.domain;

import org.anju.platform.i18n.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures in a finding's arithmetic, formatted for the reader's language by the message
 * bundles ({@code figure.*}): in English as plain numbers; in Chinese with digit grouping, and
 * amounts in yuan with two decimals.
 */
final class Figures {

    private Figures() {
    }

    /** A count or an amount, in its unit. */
    static Message of(BigDecimal value, Unit unit) {
        return Message.of(unit == Unit.YUAN ? "figure.yuan" : "figure.number", value);
    }

    /** {@code top ÷ bottom} as a percentage. */
    static Message percent(BigDecimal top, BigDecimal bottom) {
        return percent(top.divide(bottom, 6, RoundingMode.HALF_EVEN));
    }

    /** A ratio as a percentage of four significant digits ({@code 0.866501} is 86.65%). */
    static Message percent(BigDecimal ratio) {
        return Message.of("figure.percent", ratio.multiply(BigDecimal.valueOf(100)).round(new MathContext(4)).stripTrailingZeros());
    }
}
