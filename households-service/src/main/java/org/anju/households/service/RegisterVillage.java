package org.anju.households.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a deep-poverty natural village. */
@Schema(name = "VillageRequest")
public record RegisterVillage(
        @NotNull CountyCode county,
        @Size(max = 100) String township,
        @NotBlank @Size(max = 100) String name) {
}
