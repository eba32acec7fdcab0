package org.anju.governance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.BranchRole;

import java.time.LocalDate;

/** Appoints an officer to a branch post; appointing a secretary hands the post over. */
public record AppointOfficer(@NotBlank @Size(max = 64) String officerId,
                             @NotBlank @Size(max = 100) String name,
                             @NotNull BranchRole role,
                             @NotNull LocalDate appointedOn) {
}
