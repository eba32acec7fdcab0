package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure someone declared (e.g. a published report), to be checked against the records and
 * against itself. {@code indicatorId} may name a part of a split indicator: {@code funds.received:POLICY_LOAN}.
 * Any of numerator, denominator and value may be absent.
 * <p>
 * A claim speaks for a day ({@code asOf}: the records as they stood at the end of it) or a period
 * ({@code from}–{@code to}: what the records added over those days, e.g. funds received 2016–2018);
 * neither: today's records.
 */
public record Claim(String indicatorId, String scopeKey, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                    String source, LocalDate asOf, LocalDate from, LocalDate to) {

    /** A claim about today's records. */
    public Claim(String indicatorId, String scopeKey, BigDecimal numerator, BigDecimal denominator, BigDecimal value, String source) {
        this(indicatorId, scopeKey, numerator, denominator, value, source, null, null, null);
    }

    public boolean isOverPeriod() {
        return from != null && to != null;
    }
}
