package org.anju.industry.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Records that a member of a household started a job.
 *
 * @param memberRef      the opaque member id households-service gave the member; never a name or ID number
 *                       (read as typed: NFKC-normalised and trimmed, like every identifier)
 * @param workshopId     required for, and only for, channel WORKSHOP
 * @param plannedEndDate none for an open-ended job
 * @param contract       a labour contract was signed (stable regardless of duration)
 */
public record StartEmployment(
        @NotNull UUID householdId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{org.anju.industry.member-ref.opaque}") String memberRef,
        @NotNull EmploymentChannel channel,
        @NotBlank @Size(max = 200) String employer,
        @Schema(nullable = true) UUID workshopId,
        @NotNull LocalDate startDate,
        @Schema(nullable = true) LocalDate plannedEndDate,
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal monthlyIncome,
        boolean contract) {

    public StartEmployment {
        memberRef = Identifiers.normalise(memberRef);
    }
}
