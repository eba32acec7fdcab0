package org.anju.funding.service;

import java.time.LocalDate;
import java.util.List;

/** Balances at the end of {@code asOf}, or now when it is null. */
public record BalancesView(LocalDate asOf, List<BalanceView> items) {
}
