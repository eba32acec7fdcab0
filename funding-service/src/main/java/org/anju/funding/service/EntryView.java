package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Purpose;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ledger entry with the balances it left behind. Entries never change, so {@code version} is
 * always 1. A reversal repeats the source, county, purpose and amount of the entry it cancels.
 *
 * @param county   the county, null for a receipt (and its reversal)
 * @param purpose  for expenditures (and their reversals)
 * @param balances every balance the entry moved, with its amount and version after the entry
 */
@Schema(name = "EntrySnapshot")
public record EntryView(@NotNull UUID id,
                        @NotNull long version,
                        @NotNull EntryKind kind,
                        @NotNull String source,
                        @Schema(required = true, nullable = true) String county,
                        @Schema(required = true, nullable = true) Purpose purpose,
                        @NotNull BigDecimal amount,
                        @NotNull LocalDate occurredOn,
                        @Schema(required = true, nullable = true) String documentNumber,
                        @Schema(required = true, nullable = true) String siteId,
                        @Schema(required = true, nullable = true) String householdId,
                        @Schema(required = true, nullable = true) String villageId,
                        @Schema(required = true, nullable = true) String industryProjectId,
                        @Schema(required = true, nullable = true) UUID rewardId,
                        @Schema(required = true, nullable = true) UUID reversesEntryId,
                        @Schema(required = true, nullable = true) EntryKind reversedKind,
                        @Schema(required = true, nullable = true) String reason,
                        @NotNull Instant recordedAt,
                        @NotNull List<BalanceView> balances) {

    static EntryView of(LedgerEntry entry, List<BalanceView> balances) {
        EntryLinks links = entry.links();
        return new EntryView(entry.id(), LedgerService.ENTRY_VERSION, entry.kind(), entry.source(), entry.county(),
                entry.purpose(), entry.amount(), entry.occurredOn(), entry.documentNumber(), links.siteId(),
                links.householdId(), links.villageId(), links.industryProjectId(), entry.rewardId(),
                entry.reversesEntryId(), entry.reversedKind(), entry.reason(), entry.recordedAt(), balances);
    }
}
