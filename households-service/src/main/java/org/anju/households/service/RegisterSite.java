package org.anju.households.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.anju.households.domain.PlacementMode;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a site ({@code POST /sites}); a correction ({@code PUT /sites/{id}}) sends the same, the county unchanged. */
@Schema(name = "SiteRequest")
public record RegisterSite(
        @NotNull CountyCode county,
        @NotBlank String town,
        @NotBlank String name,
        @NotNull PlacementMode placementMode,
        @NotNull @PositiveOrZero @Max(100_000) Integer plannedHouseholds,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer plannedPeople) {
}
