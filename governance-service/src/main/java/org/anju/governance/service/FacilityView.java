package org.anju.governance.service;

import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A facility as the API shows it. */
public record FacilityView(UUID id, long version, String county, UUID siteId, FacilityType type,
                           @Schema(nullable = true) String name, @Schema(nullable = true) Integer beds,
                           FacilityStatus status, @Schema(nullable = true) LocalDate openedOn,
                           @Schema(nullable = true) LocalDate closedOn) {
}
