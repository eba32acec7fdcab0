package org.anju.industry.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.industry.domain.ProjectType;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Registers an industry project (PLANNED).
 *
 * @param investment   yuan, decimal string with at most two decimals
 * @param landAreaMu   land area in mu (亩)
 * @param capacity     with {@code capacityUnit}, e.g. 1600 "greenhouses" or 46.4 "MW"
 */
public record RegisterProject(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProjectType type,
        @NotNull CountyCode county,
        @Schema(nullable = true) UUID siteId,
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal investment,
        @Schema(nullable = true, type = SchemaType.STRING, pattern = ProjectView.QUANTITY, examples = "754.20",
                description = ProjectView.LAND_AREA)
        @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal landAreaMu,
        @Schema(nullable = true, type = SchemaType.STRING, pattern = ProjectView.QUANTITY, examples = "1600.00",
                description = ProjectView.CAPACITY)
        @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal capacity,
        @Schema(nullable = true) @Size(max = 50) String capacityUnit,
        @Schema(nullable = true) @Size(max = 200) String partnerCompany,
        @Schema(nullable = true) LocalDate startDate) implements CountyCommand {
}
