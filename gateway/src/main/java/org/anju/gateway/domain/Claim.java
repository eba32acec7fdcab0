package org.anju.gateway.domain;

import java.math.BigDecimal;

/**
 * A figure someone declared (e.g. a published report), to be checked against the records and
 * against itself. {@code indicatorId} may name a part of a split indicator: {@code funds.received:POLICY_LOAN}.
 * Any of numerator, denominator and value may be absent.
 */
public record Claim(String indicatorId, String scopeKey, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                    String source) {
}
