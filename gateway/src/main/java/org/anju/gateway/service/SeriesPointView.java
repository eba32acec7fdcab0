package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's figures as they stood at the end of one day (the last day of a period, or the
 * series' last day): counts as whole numbers, amounts in yuan with their cents.
 */
@Schema(name = "SeriesPoint")
public record SeriesPointView(LocalDate day, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
}
