package org.anju.funding.event;

import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.Purpose;
import org.anju.platform.events.Snapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ledger entry with the balances it left behind: the data of every ledger event. Entries never
 * change, so {@code version} is always 1. A reversal repeats the source, county, purpose and
 * amount of the entry it cancels.
 *
 * @param county   the county, null for a receipt (and its reversal)
 * @param purpose  for expenditures (and their reversals)
 * @param balances every balance the entry moved, with its amount and version after the entry
 */
public record EntrySnapshot(UUID id, long version, EntryKind kind, String source, String county, Purpose purpose,
                            BigDecimal amount, LocalDate occurredOn, String documentNumber,
                            String siteId, String householdId, String villageId, String industryProjectId,
                            UUID rewardId, UUID reversesEntryId, EntryKind reversedKind, String reason,
                            Instant recordedAt, List<BalanceSnapshot> balances) implements Snapshot {
}
