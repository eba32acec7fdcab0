package org.anju.funding.rest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The city passed money of one source to a county. */
public record DisbursementRequest(
        @NotBlank String source,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
        @NotNull @DecimalMin("0.01") @Digits(integer = 16, fraction = 2) BigDecimal amount,
        @NotNull LocalDate disbursedOn,
        @Size(max = 100) String documentNumber) {
}
