package org.anju.funding.event;

import org.anju.funding.domain.Account;
import org.anju.funding.domain.Purpose;

import java.math.BigDecimal;

/**
 * A balance as an entry left it.
 *
 * @param id      the balance's aggregate id, e.g. {@code AVAILABLE/CENTRAL_BUDGET/140721}
 * @param county  the holding county, null for the city's accounts
 * @param purpose set for {@link Account#SPENT} only
 * @param version the balance's version after the entry (1 after its first movement)
 */
public record BalanceSnapshot(String id, Account account, String source, String county, Purpose purpose,
                              BigDecimal amount, long version) {
}
