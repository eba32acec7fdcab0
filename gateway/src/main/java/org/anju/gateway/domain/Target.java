package org.anju.gateway.domain;

import java.math.BigDecimal;

/**
 * A plan value of an indicator: for one scope key, or {@code *} for every scope without its own.
 *
 * @param comparator {@code >=}, {@code <=} or {@code =}
 */
public record Target(String indicatorId, String scopeKey, String comparator, BigDecimal value, String note) {
}
