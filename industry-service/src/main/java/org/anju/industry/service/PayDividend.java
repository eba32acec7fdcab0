package org.anju.industry.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payout to one beneficiary household, in yuan. */
public record PayDividend(
        @NotNull LocalDate paidOn,
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 16, fraction = 2) BigDecimal amount) {
}
