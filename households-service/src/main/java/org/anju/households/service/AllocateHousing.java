package org.anju.households.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Allocates a flat at a site (分房到户) on a date, the programme's today if left out. */
@Schema(name = "AllocateHousingRequest")
public record AllocateHousing(@NotNull UUID siteId, @NotBlank @Size(max = 40) @Legible String flat, @Schema(nullable = true) @PastOrPresent LocalDate date) {
}
