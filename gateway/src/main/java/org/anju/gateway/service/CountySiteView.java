package org.anju.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * One resettlement site of a county with its occupancy figures only (relocated households and people, households
 * moved in, occupancy rate); its money and income figures stay behind {@code /api/v1/sites/{id}/indicators}.
 *
 * @param placementMode {@code COUNTY_TOWN}, {@code CENTRAL_VILLAGE} or {@code COMMUNITY}, as the site's snapshot says
 */
@Schema(name = "CountySite")
public record CountySiteView(@Schema(required = true) String id,
                             @Schema(required = true, nullable = true, description = "as the site's snapshot names it") String name,
                             @Schema(required = true, nullable = true, description = "COUNTY_TOWN, CENTRAL_VILLAGE or COMMUNITY", example = "COUNTY_TOWN")
                             String placementMode,
                             @Schema(required = true, description = "relocation.households, relocation.people, occupancy.households and occupancy.rate, in this order")
                             List<SiteFigureView> indicators) {
}
