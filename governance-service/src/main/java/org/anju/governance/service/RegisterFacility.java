package org.anju.governance.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.FacilityType;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;
import java.util.UUID;

/** Registers a facility as planned, or as already open when {@code openedOn} is given. */
public record RegisterFacility(@NotNull CountyCode county,
                               @NotNull UUID siteId,
                               @NotNull FacilityType type,
                               @Size(max = 200) String name,
                               @Min(1) Integer beds,
                               LocalDate openedOn) {
}
