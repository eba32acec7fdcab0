package org.anju.gateway.domain;

/**
 * One data-quality finding: which rule, where, and what does not add up, with the arithmetic.
 *
 * @param origin {@code RECORDS} when the records themselves disagree, {@code CLAIMS} when declared figures do
 */
public record Finding(String rule, String severity, String origin, String indicatorId, String scope, String message) {
}
