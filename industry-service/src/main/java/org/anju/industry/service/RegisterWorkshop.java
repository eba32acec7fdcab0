package org.anju.industry.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Registers a workshop (BUILDING). */
public record RegisterWorkshop(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String operatingCompany,
        @NotNull CountyCode county,
        @Schema(nullable = true) UUID siteId,
        @Min(0) int jobsOffered) implements CountyCommand {
}
