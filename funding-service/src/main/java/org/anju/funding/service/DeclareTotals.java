package org.anju.funding.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Totals as someone published them: a total and amounts per source received in a period (dates
 * inclusive, each optional). They need not agree with each other; the reconciliation shows where not.
 */
@Schema(name = "DeclarationRequest")
public record DeclareTotals(
        @Size(max = 500) String description,
        @Schema(ref = AmountSchemas.AMOUNT, required = true, description = AmountSchemas.NOT_NEGATIVE)
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal total,
        @Schema(implementation = AmountSchemas.BySource.class, required = true, maxProperties = 50)
        @NotNull @Size(max = 50) Map<String, @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal> sources,
        LocalDate periodFrom,
        LocalDate periodTo) {
}
