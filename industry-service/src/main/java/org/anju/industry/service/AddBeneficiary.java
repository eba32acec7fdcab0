package org.anju.industry.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.UUID;

/** @param expectedAnnualIncrease yuan per year the household is expected to gain from the project */
public record AddBeneficiary(
        @NotNull UUID householdId,
        @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) BigDecimal expectedAnnualIncrease) {
}
