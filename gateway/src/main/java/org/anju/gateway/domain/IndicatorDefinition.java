package org.anju.gateway.domain;

import org.anju.platform.i18n.Message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One indicator of the catalogue: what it counts (a counter maintained by the projections) and,
 * for a rate, what it divides by. Values are computed from the counters when read, never stored.
 * Its label and what its numerator and denominator count are texts of the message bundles, in
 * Chinese and English ({@code indicator.<id>.label}, {@code .numerator}, {@code .denominator}).
 *
 * @param numerator     the counter that is the value (or the rate's numerator)
 * @param denominator   the counter divided by, or null for a plain count or amount
 * @param breakdown     a split counter whose parts ({@code <counter>:<part>}) split the value (by source, county, purpose...)
 * @param sourceTopic   the topic whose events move it (its freshness is the indicator's)
 */
public record IndicatorDefinition(String id, Unit unit, Counter numerator, Counter denominator,
                                  Set<Scope.Level> levels, Counter breakdown, String sourceTopic) {

    public boolean isRate() {
        return denominator != null;
    }

    /** A share of its denominator (0 to 1 when the data is consistent), not an amount per unit of it. */
    public boolean isRatio() {
        return isRate() && unit == Unit.RATIO;
    }

    public boolean existsAt(Scope.Level level) {
        return levels.contains(level);
    }

    /** What the indicator is called (搬迁人口, Relocated people). */
    public Message label() {
        return text("label");
    }

    /** What the value (or the rate's numerator) counts. */
    public Message numeratorDefinition() {
        return text("numerator");
    }

    /** What a rate divides by; null for a count or an amount. */
    public Message denominatorDefinition() {
        return isRate() ? text("denominator") : null;
    }

    /** Which business date the value (or the rate's numerator) counts its facts from: see {@link Counter#dating()}. */
    public Message numeratorDating() {
        return Message.of("dating." + numerator.dating());
    }

    /** Which business date a rate's denominator counts its facts from; null for a count or an amount. */
    public Message denominatorDating() {
        return isRate() ? Message.of("dating." + denominator.dating()) : null;
    }

    private Message text(String part) {
        return Message.of("indicator." + id + "." + part);
    }

    /** The indicator's value from a scope's counters: the numerator, or numerator ÷ denominator (null when dividing by 0). */
    public BigDecimal value(Counters counters) {
        if (unit == Unit.HOURS) {
            return ResolveTimeHistogram.median(counters);
        }
        BigDecimal top = counters.value(numerator);
        if (!isRate()) {
            return top;
        }
        return ratio(top, counters.value(denominator));
    }

    /** {@code top ÷ bottom} as the indicators state rates (six decimals), or null when dividing by 0. */
    public static BigDecimal ratio(BigDecimal top, BigDecimal bottom) {
        return bottom == null || bottom.signum() == 0 ? null : top.divide(bottom, 6, RoundingMode.HALF_EVEN);
    }
}
