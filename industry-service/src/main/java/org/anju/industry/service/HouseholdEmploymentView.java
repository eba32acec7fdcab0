package org.anju.industry.service;

import org.anju.industry.domain.HouseholdCategory;

import java.util.UUID;

/**
 * A household's employment situation, derived from its replica and its active jobs.
 *
 * @param relocated       moved in (and not removed)
 * @param stablyEmployed  at least one member in a stable job
 * @param zeroEmployment  relocated, with labour capacity, and no member in a stable job (零就业家庭)
 */
public record HouseholdEmploymentView(UUID householdId, long version, String county, UUID siteId,
                                      HouseholdCategory category, int memberCount, int labourCapacityCount,
                                      boolean relocated, boolean removed, int employedMembers,
                                      int stablyEmployedMembers, boolean stablyEmployed, boolean zeroEmployment) {
}
