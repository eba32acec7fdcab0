package org.anju.households.rest;

import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.SiteStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A site with its occupancy, derived from the households housed there. */
@Schema(name = "Site", example = """
        {"id": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "version": 3, "county": "140723", "town": "义兴镇",
         "name": "和顺县城东安置小区", "placementMode": "COUNTY_TOWN", "plannedHouseholds": 420, "plannedPeople": 1150,
         "status": "COMPLETED", "constructionStartedOn": "2017-03-01", "completedOn": "2018-09-30",
         "occupancy": {"housedHouseholds": 410, "housedPeople": 1102, "movedInHouseholds": 405, "movedInPeople": 1090,
                       "roomLeft": 10}}""")
public record SiteResponse(UUID id, long version, String county, String town, String name, PlacementMode placementMode,
                           int plannedHouseholds, int plannedPeople, SiteStatus status,
                           LocalDate constructionStartedOn, LocalDate completedOn, Occupancy occupancy) {

    /** Households with a flat at the site (allocated or moved in), of them moved in, and flats left. */
    public record Occupancy(long housedHouseholds, long housedPeople, long movedInHouseholds, long movedInPeople, long roomLeft) {
    }
}
