package org.anju.funding.service;

import org.anju.platform.json.Identifier;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The city passed money of one source to a county. */
@Schema(name = "DisbursementRequest")
public record RecordDisbursement(
        @NotBlank @Size(max = 40) String source,
        @NotNull CountyCode county,
        @Schema(ref = AmountSchemas.AMOUNT, required = true, description = AmountSchemas.POSITIVE)
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate disbursedOn,
        @Size(max = 100) @Identifier String documentNumber) {
}
