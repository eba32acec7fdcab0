package org.anju.households.event;

import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;
import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A household as every household event carries it (contracts/households/Household*.schema.json):
 * ids, codes, counts, statuses and dates; never names, ID numbers, phones or flat numbers.
 */
public record HouseholdSnapshot(UUID id, long version, String registryNumber, String county,
                                String originVillage, String originNaturalVillage, UUID villageId,
                                Category category, int memberCount, int labourCapacityCount, UUID siteId,
                                HouseholdStatus status, LocalDate housingAllocatedOn, LocalDate movedInOn,
                                PovertyStatus povertyStatus, LocalDate liftedOn,
                                HomesteadStatus homesteadStatus, LocalDate demolishedOn, LocalDate reclaimedOn,
                                boolean removed) implements Snapshot {

    /** The same household, deleted: the version after its last change, {@code removed} true. */
    public HouseholdSnapshot asRemoved(long removedVersion) {
        return new HouseholdSnapshot(id, removedVersion, registryNumber, county, originVillage, originNaturalVillage,
                villageId, category, memberCount, labourCapacityCount, siteId, status, housingAllocatedOn, movedInOn,
                povertyStatus, liftedOn, homesteadStatus, demolishedOn, reclaimedOn, true);
    }
}
