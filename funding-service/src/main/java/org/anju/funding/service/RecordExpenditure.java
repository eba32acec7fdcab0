package org.anju.funding.service;

import org.anju.platform.json.Identifier;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.Purpose;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A county spent money of one source on a purpose; the ids say what for (each optional). */
@Schema(name = "ExpenditureRequest")
public record RecordExpenditure(
        @NotBlank @Size(max = 40) String source,
        @NotNull CountyCode county,
        @NotNull Purpose purpose,
        @Schema(ref = AmountSchemas.AMOUNT, required = true, description = AmountSchemas.POSITIVE)
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate spentOn,
        @Size(max = 100) @Identifier String documentNumber,
        @Size(max = 64) String siteId,
        @Size(max = 64) String householdId,
        @Size(max = 64) String villageId,
        @Size(max = 64) String industryProjectId) {

    EntryLinks links() {
        return new EntryLinks(siteId, householdId, villageId, industryProjectId);
    }
}
