package org.anju.households.rest;

import org.anju.households.service.HouseholdView;
import org.anju.households.service.RelocationTaskView;
import org.anju.households.service.SiteView;
import org.anju.households.service.VillageView;
import org.anju.platform.rest.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI schemas of the list operations' answers: each is a {@link Page} of one view, named so
 * that generated clients get a typed page ({@code HouseholdPage.items: Household[]}). Documentation
 * only: the resources return {@code Page<…>}, which serialises the same.
 */
final class Pages {

    private static final String NEXT_CURSOR = "Pass back as cursor for the next page; null on the last page";

    private Pages() {
    }

    @Schema(name = "HouseholdPage", requiredProperties = {"items", "nextCursor"})
    record HouseholdPage(List<HouseholdView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "SitePage", requiredProperties = {"items", "nextCursor"})
    record SitePage(List<SiteView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "VillagePage", requiredProperties = {"items", "nextCursor"})
    record VillagePage(List<VillageView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "RelocationTaskPage", requiredProperties = {"items", "nextCursor"})
    record RelocationTaskPage(List<RelocationTaskView> items,
                              @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }
}
