package org.anju.households.service;

import org.anju.platform.json.Identifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anju.households.domain.Category;
import org.anju.households.domain.HouseholdDetails;
import org.anju.households.domain.IdNumber;
import org.anju.households.domain.MemberDetails;
import org.anju.households.domain.Relation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Registers a household with its members (the body of {@code POST /households}, and a row group of
 * the import file); a correction ({@code PUT /households/{id}}) sends the same registration again,
 * the county unchanged. Identifiers are read as people type them ({@link Identifiers#normalise},
 * ID numbers through {@link IdNumber#normalise}), so both entry paths store the same value.
 */
@Schema(name = "HouseholdRequest")
public record RegisterHousehold(
        @NotBlank @Size(max = 40) @Legible @Identifier String registryNumber,
        @NotNull CountyCode county,
        @NotBlank @Size(max = 100) @Legible String originVillage,
        @Schema(nullable = true) @Size(max = 100) @Legible String originNaturalVillage,
        @Schema(nullable = true) UUID villageId,
        @NotNull Category category,
        @Schema(nullable = true) UUID siteId,
        boolean homesteadToDemolish,
        @NotEmpty @Size(max = 30) List<@NotNull @Valid Member> members) {

    public RegisterHousehold {
        registryNumber = Identifiers.normalise(registryNumber);
    }

    /** A member as registered; birth date and sex come from the ID number. */
    @Schema(name = "MemberRequest")
    public record Member(
            @NotBlank @Size(max = 50) @Legible String name,
            @NotNull @Size(max = 32) @IdCardNumber String idNumber,
            @NotNull Relation relation,
            boolean labourCapacity,
            @Schema(nullable = true) @Size(max = 32) @Pattern(regexp = "\\+?[0-9 -]{5,20}", message = "{anju.phone}") String phone) {

        public Member {
            idNumber = IdNumber.normalise(idNumber);
            phone = Identifiers.normalise(phone);
        }

        MemberDetails details() {
            return new MemberDetails(name, idNumber, relation, labourCapacity, phone);
        }
    }

    HouseholdDetails details() {
        return new HouseholdDetails(registryNumber, originVillage,
                originNaturalVillage == null || originNaturalVillage.isBlank() ? null : originNaturalVillage,
                villageId, category, siteId, homesteadToDemolish);
    }

    List<MemberDetails> memberDetails() {
        return members.stream().map(Member::details).toList();
    }
}
