package org.anju.gateway.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Declares a figure (e.g. a published report's) for the data-quality checks, for the day it speaks
 * for ({@code asOf}) or the period it covers ({@code from}–{@code to}); neither: today.
 */
@Schema(name = "ClaimRequest", description = "A declared figure: any of numerator, denominator and value (a rate as a ratio, e.g. 0.95),"
        + " as of a day or over a period (from and to), compared with the records as of that day or over that period",
        example = "{\"numerator\": 19850, \"denominator\": 22909, \"value\": 0.95, \"source\": \"Jinzhong report 2020\", \"asOf\": \"2020-12-31\"}")
public record DeclareClaim(@PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal numerator,
                           @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal denominator,
                           @PositiveOrZero @Digits(integer = 14, fraction = 6) BigDecimal value,
                           @Size(max = 200) String source,
                           @Schema(description = "the day the figure speaks for: compared with the records as they stood at its end")
                           LocalDate asOf,
                           @Schema(description = "the first day of the period the figure covers (with to)") LocalDate from,
                           @Schema(description = "the last day of the period the figure covers (with from)") LocalDate to) {

    /** Today's figure, without a date. */
    public DeclareClaim(BigDecimal numerator, BigDecimal denominator, BigDecimal value, String source) {
        this(numerator, denominator, value, source, null, null, null);
    }

    @AssertTrue(message = "{gateway.claim.any-figure}")
    public boolean isAnyFigure() {
        return numerator != null || denominator != null || value != null;
    }

    /** A day or a whole period (from and to, in order), not both. */
    @AssertTrue(message = "{gateway.claim.date}")
    public boolean isDated() {
        if (from == null && to == null) {
            return true;
        }
        return asOf == null && from != null && to != null && !from.isAfter(to);
    }
}
