package org.anju.industry.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Registers a workshop (BUILDING). */
public record RegisterWorkshop(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String operatingCompany,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        UUID siteId,
        @Min(0) int jobsOffered) {
}
