package org.anju.funding.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.anju.funding.domain.Purpose;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A county spent money of one source on a purpose; the ids say what for (each optional). */
public record ExpenditureRequest(
        @NotBlank String source,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @NotNull Purpose purpose,
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate spentOn,
        @Size(max = 100) String documentNumber,
        @Size(max = 64) String siteId,
        @Size(max = 64) String householdId,
        @Size(max = 64) String villageId,
        @Size(max = 64) String industryProjectId) {
}
