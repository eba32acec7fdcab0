package org.anju.households.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A county's relocation quota for a plan period. */
@Schema(name = "RelocationTask", description = "A county's relocation quota (搬迁任务) for a plan period",
        requiredProperties = {"id", "version", "county", "period", "plannedPeople", "plannedHouseholds"})
public record RelocationTaskView(UUID id, long version, String county, String period, int plannedPeople,
                                 @Schema(nullable = true) Integer plannedHouseholds) {
}
