package org.anju.households.service;

import org.anju.households.domain.VillageStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A deep-poverty natural village with how many households come from it and how many of them moved in. */
@Schema(name = "Village", description = "A deep-poverty natural village (深度贫困自然村) with how many households come from it"
        + " and how many of them moved in", requiredProperties = {"id", "version", "county", "township", "name", "status",
        "householdCount", "householdsMovedIn", "relocatedOn", "demolishedOn", "reclaimedOn"})
public record VillageView(UUID id, long version, String county, @Schema(nullable = true) String township, String name,
                          VillageStatus status, long householdCount, long householdsMovedIn,
                          @Schema(nullable = true) LocalDate relocatedOn,
                          @Schema(nullable = true) LocalDate demolishedOn,
                          @Schema(nullable = true) LocalDate reclaimedOn) {
}
