package org.anju.households.service;

import org.anju.households.domain.VillageStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A deep-poverty natural village with how many households come from it and how many of them moved in. */
@Schema(name = "Village")
public record VillageView(UUID id, long version, String county, String township, String name, VillageStatus status,
                          long householdCount, long householdsMovedIn, LocalDate relocatedOn, LocalDate demolishedOn,
                          LocalDate reclaimedOn) {
}
