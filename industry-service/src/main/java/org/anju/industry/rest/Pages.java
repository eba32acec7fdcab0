package org.anju.industry.rest;

import org.anju.industry.service.BeneficiaryView;
import org.anju.industry.service.EmploymentView;
import org.anju.industry.service.HouseholdEmploymentView;
import org.anju.industry.service.JobFairView;
import org.anju.industry.service.ProjectView;
import org.anju.industry.service.TrainingCourseView;
import org.anju.industry.service.WorkshopView;
import org.anju.platform.rest.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The OpenAPI schemas of the list operations' answers: each is a {@link Page} of one view, named so
 * that generated clients get a typed page ({@code EmploymentPage.items: Employment[]}).
 */
final class Pages {

    private static final String NEXT_CURSOR = "Pass back as cursor for the next page; null on the last page";

    private Pages() {
    }

    @Schema(name = "ProjectPage", requiredProperties = {"items", "nextCursor"})
    record ProjectPage(List<ProjectView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "BeneficiaryPage", requiredProperties = {"items", "nextCursor"})
    record BeneficiaryPage(List<BeneficiaryView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "WorkshopPage", requiredProperties = {"items", "nextCursor"})
    record WorkshopPage(List<WorkshopView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "EmploymentPage", requiredProperties = {"items", "nextCursor"})
    record EmploymentPage(List<EmploymentView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "HouseholdEmploymentPage", requiredProperties = {"items", "nextCursor"})
    record HouseholdEmploymentPage(List<HouseholdEmploymentView> items,
                                   @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "TrainingCoursePage", requiredProperties = {"items", "nextCursor"})
    record TrainingCoursePage(List<TrainingCourseView> items,
                              @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }

    @Schema(name = "JobFairPage", requiredProperties = {"items", "nextCursor"})
    record JobFairPage(List<JobFairView> items, @Schema(nullable = true, description = NEXT_CURSOR) String nextCursor) {
    }
}
