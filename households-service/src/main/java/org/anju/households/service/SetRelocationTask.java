package org.anju.households.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sets a county's relocation quota for a plan period (the county and period are the resource's path). */
@Schema(name = "RelocationTaskRequest")
public record SetRelocationTask(@NotNull @PositiveOrZero @Max(10_000_000) Integer plannedPeople,
                                @Schema(nullable = true) @PositiveOrZero @Max(10_000_000) Integer plannedHouseholds) {
}
