package org.anju.households.service;

import org.anju.households.domain.Category;
import org.anju.households.domain.HomesteadStatus;
import org.anju.households.domain.HouseholdStatus;
import org.anju.households.domain.PovertyStatus;
import org.anju.households.domain.Relation;
import org.anju.households.domain.Sex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household as the caller may see it: ID numbers masked ({@code 140723********123X}) unless the
 * caller has {@code pii-reader}; names, ID numbers and phones left out for callers who see no personal data.
 */
@Schema(name = "Household")
public record HouseholdView(UUID id, long version, String registryNumber, String county, String originVillage,
                            String originNaturalVillage, UUID villageId, Category category, int memberCount,
                            int labourCapacityCount, UUID siteId, String flatNumber, HouseholdStatus status,
                            LocalDate housingAllocatedOn, LocalDate movedInOn, PovertyStatus povertyStatus,
                            LocalDate liftedOn, HomesteadStatus homesteadStatus, LocalDate demolishedOn,
                            LocalDate reclaimedOn, List<MemberView> members) {

    @Schema(name = "MemberResponse")
    public record MemberView(String name, String idNumber, LocalDate birthDate, Sex sex, Relation relation,
                             boolean labourCapacity, String phone) {
    }
}
