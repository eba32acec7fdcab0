package org.anju.governance.rest;

import org.anju.governance.service.ActivityView;
import org.anju.governance.service.AwardView;
import org.anju.governance.service.BranchView;
import org.anju.governance.service.FacilityView;
import org.anju.governance.service.RequestView;
import org.anju.platform.rest.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The list responses, each a {@link Page} of one view, under a name of its own in the OpenAPI
 * document (a generic type has none), so that a generated client's list methods return typed pages.
 * Documentation only: the resources return {@code Page<…>}, which serialises the same.
 */
final class PageSchemas {

    static final String NEXT_CURSOR = "Pass it back as cursor for the next page; null on the last page";

    private PageSchemas() {
    }

    @Schema(name = "BranchPage")
    record BranchPage(List<BranchView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "BranchOfficerPage")
    record OfficerPage(List<BranchView.Officer> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "PartyGroupPage")
    record GroupPage(List<BranchView.Group> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "BranchRulePage")
    record RulePage(List<BranchView.Rule> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "FacilityPage")
    record FacilityPage(List<FacilityView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "RequestPage")
    record RequestPage(List<RequestView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "ActivityPage")
    record ActivityPage(List<ActivityView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "AwardPage")
    record AwardPage(List<AwardView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }
}
