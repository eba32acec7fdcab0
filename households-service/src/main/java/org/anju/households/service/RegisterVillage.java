package org.anju.households.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a deep-poverty natural village; its name is unique in its county and township. */
@Schema(name = "VillageRequest")
public record RegisterVillage(
        @NotNull CountyCode county,
        @Schema(nullable = true) @Size(max = 100) @Legible String township,
        @NotBlank @Size(max = 100) @Legible String name) {

    /** Names are stored without the spaces around them; a blank township is none. */
    public RegisterVillage {
        township = Identifiers.trim(township);
        township = township == null || township.isEmpty() ? null : township;
        name = Identifiers.trim(name);
    }
}
