package org.anju.households.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelocationTaskRequest", example = """
        {"plannedPeople": 3120, "plannedHouseholds": 1210}""")
public record RelocationTaskRequest(@NotNull @PositiveOrZero @Max(10_000_000) Integer plannedPeople,
                                    @PositiveOrZero @Max(10_000_000) Integer plannedHouseholds) {
}
