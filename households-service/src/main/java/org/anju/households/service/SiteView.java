package org.anju.households.service;

import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.SiteStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A site with its occupancy, derived from the households housed there. */
@Schema(name = "Site", description = "A centralised resettlement site (集中安置点) with its occupancy",
        requiredProperties = {"id", "version", "county", "town", "name", "placementMode", "plannedHouseholds", "plannedPeople",
                "status", "constructionStartedOn", "completedOn", "occupancy"})
public record SiteView(UUID id, long version, String county, String town, String name, PlacementMode placementMode,
                       int plannedHouseholds, int plannedPeople, SiteStatus status,
                       @Schema(nullable = true) LocalDate constructionStartedOn,
                       @Schema(nullable = true) LocalDate completedOn, Occupancy occupancy) {

    /** Households with a flat at the site (allocated or moved in), of them moved in, and flats left. */
    @Schema(name = "Occupancy", description = "Households with a flat at the site (allocated or moved in), of them moved in,"
            + " and flats left", requiredProperties = {"housedHouseholds", "housedPeople", "movedInHouseholds", "movedInPeople",
            "roomLeft"})
    public record Occupancy(long housedHouseholds, long housedPeople, long movedInHouseholds, long movedInPeople, long roomLeft) {
    }
}
