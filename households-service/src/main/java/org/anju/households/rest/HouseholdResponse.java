package org.anju.households.rest;

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
@Schema(name = "Household", example = """
        {"id": "0e4c1c2a-8f61-4c43-b7c4-5d1f1f0e9a42", "version": 4, "registryNumber": "1407230012017000123",
         "county": "140723", "originVillage": "松烟镇石叠村", "originNaturalVillage": "后沟", "villageId": null,
         "category": "REGISTERED_POOR", "memberCount": 2, "labourCapacityCount": 1,
         "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "flatNumber": "3-2-501", "status": "MOVED_IN",
         "housingAllocatedOn": "2018-10-15", "movedInOn": "2018-11-02", "povertyStatus": "IN_POVERTY", "liftedOn": null,
         "homesteadStatus": "TO_DEMOLISH", "demolishedOn": null, "reclaimedOn": null,
         "members": [
           {"name": "王建国", "idNumber": "140723********1238", "birthDate": "1965-04-12", "sex": "MALE",
            "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
           {"name": "李秀英", "idNumber": "140723********0022", "birthDate": "1967-08-15", "sex": "FEMALE",
            "relation": "SPOUSE", "labourCapacity": false, "phone": null}
         ]}""")
public record HouseholdResponse(UUID id, long version, String registryNumber, String county, String originVillage,
                                String originNaturalVillage, UUID villageId, Category category, int memberCount,
                                int labourCapacityCount, UUID siteId, String flatNumber, HouseholdStatus status,
                                LocalDate housingAllocatedOn, LocalDate movedInOn, PovertyStatus povertyStatus,
                                LocalDate liftedOn, HomesteadStatus homesteadStatus, LocalDate demolishedOn,
                                LocalDate reclaimedOn, List<MemberResponse> members) {

    public record MemberResponse(String name, String idNumber, LocalDate birthDate, Sex sex, Relation relation,
                                 boolean labourCapacity, String phone) {
    }
}
