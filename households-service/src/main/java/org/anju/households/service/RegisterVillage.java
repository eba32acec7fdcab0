package org.anju.households.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a deep-poverty natural village; its name is unique in its county and township. */
@Schema(name = "VillageRequest")
public record RegisterVillage(
        @NotNull CountyCode county,
        @Schema(nullable = true) @Size(max = 100) @Legible String township,
        @NotBlank @Size(max = 100) @Legible String name) {

    /** Township and name are stored and compared as {@link Names} (NFKC, spaces trimmed and collapsed); a blank township is none. */
    public RegisterVillage {
        township = Names.of(township);
        township = township == null || township.isEmpty() ? null : township;
        name = Names.of(name);
    }
}
