package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import org.anju.funding.domain.Balance;
import org.anju.funding.domain.BalanceKey;
import org.anju.funding.domain.BalanceMovement;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Movement;
import org.anju.funding.domain.Purpose;
import org.anju.funding.event.BalanceSnapshot;
import org.anju.funding.event.EntrySnapshot;
import org.anju.funding.event.LedgerEvent;
import org.anju.funding.repository.BalanceMovementRepository;
import org.anju.funding.repository.BalanceRepository;
import org.anju.funding.domain.EntryFilter;
import org.anju.funding.repository.FundSourceRepository;
import org.anju.funding.repository.LedgerEntryRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.rest.Page;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records ledger entries. Each posting locks the balances it moves, applies the movements (an
 * overdraw is rejected and nothing is recorded), stores the entry with its movements and records
 * its event, all in one transaction.
 */
@ApplicationScoped
public class LedgerService {

    /** Entries never change: each is version 1 of its own aggregate. */
    private static final long ENTRY_VERSION = 1;

    private final LedgerEntryRepository entries;
    private final BalanceRepository balances;
    private final BalanceMovementRepository movements;
    private final FundSourceRepository sources;
    private final Outbox outbox;

    public LedgerService(LedgerEntryRepository entries, BalanceRepository balances, BalanceMovementRepository movements,
                         FundSourceRepository sources, Outbox outbox) {
        this.entries = entries;
        this.balances = balances;
        this.movements = movements;
        this.sources = sources;
        this.outbox = outbox;
    }

    @Transactional
    public EntrySnapshot receive(String source, BigDecimal amount, LocalDate receivedOn, String documentNumber) {
        return post(LedgerEntry.receipt(knownSource(source), amount, receivedOn, documentNumber, Timestamps.now()));
    }

    @Transactional
    public EntrySnapshot disburse(String source, String county, BigDecimal amount, LocalDate disbursedOn,
                                  String documentNumber) {
        return post(LedgerEntry.disbursement(knownSource(source), county, amount, disbursedOn, documentNumber,
                Timestamps.now()));
    }

    @Transactional
    public EntrySnapshot spend(String source, String county, Purpose purpose, BigDecimal amount, LocalDate spentOn,
                               String documentNumber, EntryLinks links) {
        return post(LedgerEntry.expenditure(knownSource(source), county, purpose, amount, spentOn, documentNumber,
                links, null, Timestamps.now()));
    }

    @Transactional
    public EntrySnapshot reverse(UUID entryId, String reason, LocalDate reversedOn) {
        return post(LedgerEntry.reversalOf(entry(entryId), reason, reversedOn, Timestamps.now()));
    }

    @Transactional
    public EntrySnapshot get(UUID entryId) {
        LedgerEntry entry = entry(entryId);
        return snapshots(List.of(entry)).get(0);
    }

    /** A page of entries in recording order; {@code cursor} is a previous page's {@code nextCursor}. */
    @Transactional
    public Page<EntrySnapshot> list(EntryFilter filter, String cursor, int limit) {
        TimeIdCursor after = TimeIdCursor.decode(cursor);
        List<EntrySnapshot> fetched = snapshots(entries.page(filter, after.at(), after.id(), limit + 1));
        return Page.of(fetched, limit, entry -> TimeIdCursor.encode(entry.recordedAt(), entry.id()));
    }

    /**
     * Posts an entry inside the caller's transaction. Balances are locked before anything is
     * checked, so a concurrent posting to the same balance waits and then sees this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    EntrySnapshot post(LedgerEntry entry) {
        Instant now = entry.recordedAt();
        List<Movement> moves = entry.movements();
        Map<BalanceKey, Balance> locked = balances.lock(moves.stream().map(Movement::balance).toList(), now);
        if (entry.kind() == EntryKind.REVERSAL && entries.isReversed(entry.reversesEntryId())) {
            throw new DomainRuleViolation("reversed-once", "Entry " + entry.reversesEntryId() + " was already reversed");
        }
        List<BalanceMovement> recorded = new ArrayList<>();
        List<BalanceSnapshot> after = new ArrayList<>();
        for (Movement move : moves) {
            Balance balance = locked.get(move.balance());
            // only a withdrawal can break an earlier date's balance
            BigDecimal lowest = move.delta().signum() < 0 ? movements.lowestFrom(balance.id(), entry.occurredOn()) : balance.amount();
            balance.apply(move, entry, lowest, now);
            recorded.add(new BalanceMovement(entry, move, balance));
            after.add(snapshot(move.balance(), balance.amount(), balance.version()));
        }
        after.sort(Comparator.comparing(BalanceSnapshot::id));
        entries.persist(entry);
        movements.persist(recorded);
        EntrySnapshot snapshot = snapshot(entry, after);
        outbox.record(LedgerEvent.of(snapshot));
        return snapshot;
    }

    private List<EntrySnapshot> snapshots(List<LedgerEntry> page) {
        List<BalanceMovement> moved = movements.ofEntries(page.stream().map(LedgerEntry::id).toList());
        Map<String, BalanceKey> keys = balances.list("id in ?1", moved.stream().map(BalanceMovement::balanceId).distinct().toList())
                .stream().collect(Collectors.toMap(Balance::id, Balance::key));
        Map<UUID, List<BalanceMovement>> byEntry = moved.stream().collect(Collectors.groupingBy(BalanceMovement::entryId));
        return page.stream().map(entry -> snapshot(entry, byEntry.getOrDefault(entry.id(), List.of()).stream()
                .map(m -> snapshot(keys.get(m.balanceId()), m.balanceAfter(), m.balanceVersion()))
                .toList())).toList();
    }

    private static BalanceSnapshot snapshot(BalanceKey key, BigDecimal amount, long version) {
        return new BalanceSnapshot(key.id(), key.account(), key.source(), key.county(), key.purpose(), amount, version);
    }

    private static EntrySnapshot snapshot(LedgerEntry entry, List<BalanceSnapshot> balances) {
        EntryLinks links = entry.links();
        return new EntrySnapshot(entry.id(), ENTRY_VERSION, entry.kind(), entry.source(), entry.county(), entry.purpose(),
                entry.amount(), entry.occurredOn(), entry.documentNumber(), links.siteId(), links.householdId(),
                links.villageId(), links.industryProjectId(), entry.rewardId(), entry.reversesEntryId(),
                entry.reversedKind(), entry.reason(), entry.recordedAt(), balances);
    }

    private LedgerEntry entry(UUID entryId) {
        return entries.findByIdOptional(entryId)
                .orElseThrow(() -> new NotFoundException("No ledger entry " + entryId));
    }

    /** The source if it is one of the fund sources; otherwise the request is wrong, not the ledger. */
    String knownSource(String source) {
        if (source != null && sources.findByIdOptional(source).isEmpty()) {
            throw new BadRequestException("Unknown fund source " + source + "; GET /api/v1/sources lists them");
        }
        return source;
    }
}
