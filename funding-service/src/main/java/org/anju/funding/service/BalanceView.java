package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Account;
import org.anju.funding.domain.BalanceKey;
import org.anju.funding.domain.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One balance: as an entry left it (in {@link EntryView#balances()}), now, or at the end of a date.
 *
 * @param id      the balance's id, e.g. {@code AVAILABLE/CENTRAL_BUDGET/140721}
 * @param county  the holding county, null for the city's accounts
 * @param purpose set for {@link Account#SPENT} only
 * @param version the balance's version (1 after its first movement); null for a balance at the end of a past date
 */
@Schema(name = "BalanceSnapshot")
public record BalanceView(@NotNull String id,
                          @NotNull Account account,
                          @NotNull String source,
                          @Schema(required = true, nullable = true) String county,
                          @Schema(required = true, nullable = true) Purpose purpose,
                          @NotNull BigDecimal amount,
                          @Schema(required = true, nullable = true) Long version) {

    static BalanceView of(BalanceKey key, BigDecimal amount, Long version) {
        return new BalanceView(key.id(), key.account(), key.source(), key.county(), key.purpose(), amount, version);
    }
}
