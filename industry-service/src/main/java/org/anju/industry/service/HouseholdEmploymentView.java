package org.anju.industry.service;

import org.anju.industry.domain.HouseholdCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A household's employment situation, derived from its replica and its active jobs.
 *
 * @param relocated       moved in (and not removed)
 * @param stablyEmployed  at least one member in a stable job
 * @param zeroEmployment  relocated, with labour capacity, and no member in a stable job (零就业家庭)
 */
@Schema(name = "HouseholdEmployment", description = "A relocated household's employment situation (零就业家庭: zeroEmployment)",
        requiredProperties = {"householdId", "version", "county", "siteId", "category", "memberCount",
                "labourCapacityCount", "relocated", "removed", "employedMembers", "stablyEmployedMembers", "stablyEmployed",
                "zeroEmployment"})
public record HouseholdEmploymentView(UUID householdId, long version, String county, @Schema(nullable = true) UUID siteId,
                                      HouseholdCategory category, int memberCount, int labourCapacityCount,
                                      boolean relocated, boolean removed, int employedMembers,
                                      int stablyEmployedMembers, boolean stablyEmployed, boolean zeroEmployment) {
}
