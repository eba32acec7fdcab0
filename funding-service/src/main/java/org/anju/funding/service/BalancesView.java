package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Balances at the end of {@code asOf}, or now when it is null. */
public record BalancesView(@Schema(required = true, nullable = true) LocalDate asOf, @NotNull List<BalanceView> items) {
}
