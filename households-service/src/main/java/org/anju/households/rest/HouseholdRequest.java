package org.anju.households.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anju.households.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Registers a household with its members; on update the same shape corrects it (the county stays). */
@Schema(name = "HouseholdRequest", example = """
        {"registryNumber": "1407230012017000123", "county": "140723", "originVillage": "松烟镇石叠村",
         "originNaturalVillage": "后沟", "villageId": null, "category": "REGISTERED_POOR",
         "siteId": "5b0c7a54-3f7e-4f43-9a55-0b8f1c7a2d11", "homesteadToDemolish": true,
         "members": [
           {"name": "王建国", "idNumber": "140723196504121238", "relation": "HEAD", "labourCapacity": true, "phone": "13800000000"},
           {"name": "李秀英", "idNumber": "140723196708150022", "relation": "SPOUSE", "labourCapacity": false, "phone": null}
         ]}""")
public record HouseholdRequest(
        @NotBlank @Size(max = 40) String registryNumber,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @NotBlank @Size(max = 100) String originVillage,
        @Size(max = 100) String originNaturalVillage,
        UUID villageId,
        @NotNull Category category,
        UUID siteId,
        boolean homesteadToDemolish,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid MemberRequest> members) {
}
