package org.anju.households.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A county's relocation quota for a plan period. */
@Schema(name = "RelocationTask")
public record RelocationTaskView(UUID id, long version, String county, String period, int plannedPeople,
                                 Integer plannedHouseholds) {
}
