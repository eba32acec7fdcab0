package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An indicator's figures at the end of one day. */
@Schema(name = "SeriesPoint")
public record SeriesPointView(LocalDate day, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
}
