package org.anju.industry.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.anju.platform.events.Snapshot;

import java.util.UUID;

/**
 * A household's employment situation, derived from its replica and its active jobs; the gateway
 * counts employment coverage and zero-employment households from it without re-deriving anything.
 *
 * @param category        REGISTERED_POOR or CO_RELOCATED
 * @param relocated       moved in (and not removed): only relocated households count for the indicators
 * @param stablyEmployed  at least one member in a stable job
 * @param zeroEmployment  relocated, with labour capacity, and no member in a stable job (零就业家庭)
 */
public record HouseholdEmploymentSnapshot(UUID householdId, long version, String county, UUID siteId,
                                          String category, int memberCount, int labourCapacityCount,
                                          boolean relocated, boolean removed, int employedMembers,
                                          int stablyEmployedMembers, boolean stablyEmployed, boolean zeroEmployment)
        implements Snapshot {

    @Override
    @JsonIgnore
    public UUID id() {
        return householdId;
    }
}
