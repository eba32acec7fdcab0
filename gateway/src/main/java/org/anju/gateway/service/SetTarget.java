package org.anju.gateway.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Sets the plan value of an indicator (for the scope the request names). */
@Schema(name = "TargetRequest", description = "A plan value for an indicator",
        example = "{\"comparator\": \">=\", \"value\": 0.95, \"note\": \"occupancy at least 95%\"}")
public record SetTarget(
        @NotNull @Size(max = 2) @Pattern(regexp = ">=|<=|=", message = "{gateway.target.comparator}") String comparator,
        @NotNull @Digits(integer = 14, fraction = 6) BigDecimal value,
        @Size(max = 200) String note) {
}
