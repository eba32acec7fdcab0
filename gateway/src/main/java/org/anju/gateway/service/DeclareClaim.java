package org.anju.gateway.service;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Declares a figure (e.g. a published report's) for the data-quality checks. */
@Schema(name = "ClaimRequest", description = "A declared figure: any of numerator, denominator and value (a rate as a ratio, e.g. 0.95)",
        example = "{\"numerator\": 19850, \"denominator\": 22909, \"value\": 0.95, \"source\": \"Jinzhong report 2020\"}")
public record DeclareClaim(@PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal numerator,
                           @PositiveOrZero @Digits(integer = 18, fraction = 2) BigDecimal denominator,
                           @PositiveOrZero @Digits(integer = 14, fraction = 6) BigDecimal value,
                           @Size(max = 200) String source) {

    @AssertTrue(message = "{gateway.claim.any-figure}")
    public boolean isAnyFigure() {
        return numerator != null || denominator != null || value != null;
    }
}
