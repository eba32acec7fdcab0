package org.anju.households.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.anju.households.domain.PlacementMode;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Registers a site ({@code POST /sites}); a correction ({@code PUT /sites/{id}}) sends the same, the county unchanged.
 * A site's name is unique in its county.
 */
@Schema(name = "SiteRequest")
public record RegisterSite(
        @NotNull CountyCode county,
        @NotBlank @Size(max = 100) @Legible String town,
        @NotBlank @Size(max = 200) @Legible String name,
        @NotNull PlacementMode placementMode,
        @NotNull @PositiveOrZero @Max(100_000) Integer plannedHouseholds,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer plannedPeople) {

    /**
     * Names are stored without the spaces around them, so that a site is found by its name as people
     * write it; the name, the site's key in its county, as {@link Names} (NFKC, inner spaces collapsed).
     */
    public RegisterSite {
        town = Identifiers.trim(town);
        name = Names.of(name);
    }
}
