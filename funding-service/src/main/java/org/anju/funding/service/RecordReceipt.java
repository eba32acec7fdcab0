package org.anju.funding.service;

import org.anju.platform.json.Identifier;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The city received money from a source. Amounts are yuan as decimal strings, at most two decimals. */
@Schema(name = "ReceiptRequest")
public record RecordReceipt(
        @NotBlank @Size(max = 40) String source,
        @Schema(ref = AmountSchemas.AMOUNT, required = true, description = AmountSchemas.POSITIVE)
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 100) @Identifier String documentNumber) {
}
