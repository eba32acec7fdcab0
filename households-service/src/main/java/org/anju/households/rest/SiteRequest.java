package org.anju.households.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.anju.households.domain.PlacementMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a site; on update the county must stay the same. */
@Schema(name = "SiteRequest", example = """
        {"county": "140723", "town": "义兴镇", "name": "和顺县城东安置小区", "placementMode": "COUNTY_TOWN",
         "plannedHouseholds": 420, "plannedPeople": 1150}""")
public record SiteRequest(
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @NotBlank String town,
        @NotBlank String name,
        @NotNull PlacementMode placementMode,
        @NotNull @PositiveOrZero @Max(100_000) Integer plannedHouseholds,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer plannedPeople) {
}
