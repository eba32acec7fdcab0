package org.anju.funding.service;

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
public record EntryView(UUID id, long version, EntryKind kind, String source, String county, Purpose purpose,
                        BigDecimal amount, LocalDate occurredOn, String documentNumber,
                        String siteId, String householdId, String villageId, String industryProjectId,
                        UUID rewardId, UUID reversesEntryId, EntryKind reversedKind, String reason,
                        Instant recordedAt, List<BalanceView> balances) {

    static EntryView of(LedgerEntry entry, List<BalanceView> balances) {
        EntryLinks links = entry.links();
        return new EntryView(entry.id(), LedgerService.ENTRY_VERSION, entry.kind(), entry.source(), entry.county(),
                entry.purpose(), entry.amount(), entry.occurredOn(), entry.documentNumber(), links.siteId(),
                links.householdId(), links.villageId(), links.industryProjectId(), entry.rewardId(),
                entry.reversesEntryId(), entry.reversedKind(), entry.reason(), entry.recordedAt(), balances);
    }
}
