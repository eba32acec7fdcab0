package org.anju.governance.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.ManagementMode;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Founds a joint Party branch (联合党支部) for one or more sites of a county (a few, at most 50), with its secretary. */
public record FoundBranch(@NotNull CountyCode county,
                          @NotBlank @Size(max = 200) String name,
                          @NotNull ManagementMode managementMode,
                          @NotNull LocalDate foundedOn,
                          @NotEmpty @Size(max = 50) Set<@NotNull UUID> siteIds,
                          @NotNull @Valid Secretary secretary) {

    /** The branch's first secretary: a staff id (what events carry) and a name (personal data). */
    public record Secretary(@NotBlank @Size(max = 64) String officerId, @NotBlank @Size(max = 100) String name) {
    }
}
