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
 * caller has {@code pii-reader}; names, ID numbers and phones null for callers who see no personal data.
 * Every field is written, nulls included: the OpenAPI schema requires each and marks the ones that may be null.
 */
@Schema(name = "Household", description = "A relocated household (搬迁户) with its members",
        requiredProperties = {"id", "version", "registryNumber", "county", "originVillage", "originNaturalVillage", "villageId",
                "category", "memberCount", "labourCapacityCount", "siteId", "flatNumber", "status", "housingAllocatedOn",
                "movedInOn", "povertyStatus", "liftedOn", "homesteadStatus", "demolishedOn", "reclaimedOn", "members"})
public record HouseholdView(UUID id, long version, String registryNumber, String county, String originVillage,
                            @Schema(nullable = true) String originNaturalVillage,
                            @Schema(nullable = true) UUID villageId, Category category, int memberCount,
                            int labourCapacityCount,
                            @Schema(nullable = true) UUID siteId,
                            @Schema(nullable = true) String flatNumber, HouseholdStatus status,
                            @Schema(nullable = true) LocalDate housingAllocatedOn,
                            @Schema(nullable = true) LocalDate movedInOn, PovertyStatus povertyStatus,
                            @Schema(nullable = true) LocalDate liftedOn, HomesteadStatus homesteadStatus,
                            @Schema(nullable = true) LocalDate demolishedOn,
                            @Schema(nullable = true) LocalDate reclaimedOn, List<MemberView> members) {

    @Schema(name = "MemberResponse", description = "A member as the caller may see them: name, ID number and phone null"
            + " for a caller who sees no personal data, the ID number masked and the birth date null unless pii-reader",
            requiredProperties = {"name", "idNumber", "birthDate", "sex", "relation", "labourCapacity", "phone"})
    public record MemberView(@Schema(nullable = true) String name,
                             @Schema(nullable = true) String idNumber,
                             @Schema(nullable = true) LocalDate birthDate, Sex sex, Relation relation,
                             boolean labourCapacity,
                             @Schema(nullable = true) String phone) {
    }
}
