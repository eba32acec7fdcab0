package org.anju.industry.service;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.anju.industry.domain.HouseholdCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A household benefiting from a project, with the category and member count copied from the
 * household replica; {@code active} is false once removed from the project (it stays, with its payouts).
 */
@Schema(name = "Beneficiary", description = "A household benefiting from a project; active=false once removed",
        requiredProperties = {"id", "version", "projectId", "householdId", "county", "siteId", "category", "memberCount",
                "expectedAnnualIncrease", "dividendsPaid", "active"})
public record BeneficiaryView(UUID id, long version, UUID projectId, UUID householdId, String county,
                              @Schema(nullable = true) UUID siteId,
                              HouseholdCategory category, int memberCount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedAnnualIncrease,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal dividendsPaid,
                              boolean active) implements VersionedView {
}
