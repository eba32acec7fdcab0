package org.anju.funding.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.anju.funding.domain.Balance;
import org.anju.funding.domain.BalanceKey;
import org.anju.funding.domain.BalanceMovement;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Movement;
import org.anju.funding.event.BalanceSnapshot;
import org.anju.funding.event.EntrySnapshot;
import org.anju.funding.event.LedgerEvent;
import org.anju.funding.repository.BalanceMovementRepository;
import org.anju.funding.repository.BalanceRepository;
import org.anju.funding.repository.FundSourceRepository;
import org.anju.funding.repository.LedgerEntryRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;
import org.hibernate.exception.ConstraintViolationException;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records ledger entries. Each posting locks the balances it moves, checks the rules that need the
 * other entries (an entry is reversed once, a document is recorded once), applies the movements
 * (an overdraw is rejected and nothing is recorded), stores the entry with its movements and
 * records its event, all in one transaction.
 */
@ApplicationScoped
public class LedgerService {

    /** Entries never change: each is version 1 of its own aggregate. */
    static final long ENTRY_VERSION = 1;
    /** The unique index (V4) that holds a document to one entry per kind, source and county. */
    static final String DOCUMENT_UNIQUE = "ledger_entry_document_unique";
    private static final String UNIQUE_VIOLATION = "23505";

    private final LedgerEntryRepository entries;
    private final BalanceRepository balances;
    private final BalanceMovementRepository movements;
    private final FundSourceRepository sources;
    private final Outbox outbox;
    private final ProgrammeClock clock;
    private final CountyScope countyScope;

    public LedgerService(LedgerEntryRepository entries, BalanceRepository balances, BalanceMovementRepository movements,
                         FundSourceRepository sources, Outbox outbox, ProgrammeClock clock, CountyScope countyScope) {
        this.entries = entries;
        this.balances = balances;
        this.movements = movements;
        this.sources = sources;
        this.outbox = outbox;
        this.clock = clock;
        this.countyScope = countyScope;
    }

    /** Receipts are the city's alone: a city administrator's, not a county-scoped token's. */
    @Transactional
    public EntryView receive(RecordReceipt command) {
        countyScope.requireCityAdmin();
        return post(LedgerEntry.receipt(knownSource(command.source(), "source"), command.amount(), command.receivedOn(),
                command.documentNumber(), clock.now()));
    }

    /** Disbursements are the city's alone, whichever county receives them. */
    @Transactional
    public EntryView disburse(RecordDisbursement command) {
        countyScope.requireCityAdmin();
        return post(LedgerEntry.disbursement(knownSource(command.source(), "source"), command.county(), command.amount(),
                command.disbursedOn(), command.documentNumber(), clock.now()));
    }

    @Transactional
    public EntryView spend(RecordExpenditure command) {
        countyScope.requireWrite(command.county());
        return post(LedgerEntry.expenditure(knownSource(command.source(), "source"), command.county(), command.purpose(),
                command.amount(), command.spentOn(), command.documentNumber(), command.links(), null, clock.now()));
    }

    /**
     * Reverses an entry: an expenditure (or a reversal of one) by whoever may write in its county,
     * a receipt or disbursement by a city administrator (not county-scoped) only.
     */
    @Transactional
    public EntryView reverse(UUID entryId, ReverseEntry command) {
        LedgerEntry target = entry(entryId);
        if (target.kind() == EntryKind.EXPENDITURE || target.reversedKind() == EntryKind.EXPENDITURE) {
            countyScope.requireWrite(target.county());
        } else {
            countyScope.requireCityAdmin();
        }
        target.releaseDocument();
        return post(LedgerEntry.reversalOf(target, command.reason(), command.reversedOn(), clock.now()));
    }

    @Transactional
    public EntryView get(UUID entryId) {
        LedgerEntry entry = entry(entryId);
        countyScope.requireRead(entry.county());
        return views(List.of(entry)).get(0);
    }

    /** A page of entries in recording order; {@code cursor} is a previous page's {@code nextCursor}. */
    @Transactional
    public Page<EntryView> list(EntryFilter filter, String cursor, int limit) {
        Page<LedgerEntry> page = filter.query(countyScope.listCounty(filter.county())).after(cursor).page(entries, limit);
        return new Page<>(views(page.items()), page.nextCursor());
    }

    /**
     * Posts an entry inside the caller's transaction. Balances are locked before anything is
     * checked, so a concurrent posting to the same balance waits and then sees this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    EntryView post(LedgerEntry entry) {
        Instant now = entry.recordedAt();
        List<Movement> moves = entry.movements();
        Map<BalanceKey, Balance> locked = balances.lock(moves.stream().map(Movement::balance).toList(), now);
        if (entry.kind() == EntryKind.REVERSAL && entries.isReversed(entry.reversesEntryId())) {
            throw DomainRuleViolation.of("reversed-once", entry.reversesEntryId().toString());
        }
        if (entry.holdsItsDocument()) {
            entries.holderOfDocument(entry).ifPresent(holder -> {
                throw documentAlreadyRecorded(entry, holder);
            });
        }
        List<BalanceMovement> recorded = new ArrayList<>();
        List<BalanceAfter> after = new ArrayList<>();
        for (Movement move : moves) {
            Balance balance = locked.get(move.balance());
            // only a withdrawal can break an earlier date's balance
            BigDecimal lowest = move.delta().signum() < 0 ? movements.lowestFrom(balance.id(), entry.occurredOn()) : balance.amount();
            balance.apply(move, entry, lowest, now);
            recorded.add(new BalanceMovement(entry, move, balance));
            after.add(new BalanceAfter(move.balance(), balance.amount(), balance.version()));
        }
        after.sort(Comparator.comparing(balance -> balance.key().id()));
        entries.persist(entry);
        movements.persist(recorded);
        writeNow(entry);
        outbox.record(LedgerEvent.of(snapshot(entry, after)));
        return view(entry, after);
    }

    /**
     * Writes the entry now rather than at commit: postings of one document that do not share a
     * balance are not queued by the balance locks, and when a concurrent one recorded the document
     * first, the unique index refuses this one here, answered like the check above.
     */
    private void writeNow(LedgerEntry entry) {
        try {
            entries.flush();
        } catch (PersistenceException e) {
            if (!entry.holdsItsDocument() || !violates(e, DOCUMENT_UNIQUE)) {
                throw e;
            }
            // this transaction is lost; the entry that took the document has committed: read it in a new one
            LedgerEntryRepository.Holder holder = QuarkusTransaction.requiringNew().call(() -> entries.holderOfDocument(entry).orElse(null));
            throw documentAlreadyRecorded(entry, holder);
        }
    }

    /**
     * The 409 for a document already recorded, naming the entry that holds it only when the caller
     * may read it. The business key includes the county, so the holder is in the county the caller
     * writes in; the check stays so that no change of the key can leak another county's entry.
     */
    private DomainRuleViolation documentAlreadyRecorded(LedgerEntry entry, LedgerEntryRepository.Holder holder) {
        return entry.documentAlreadyRecorded(holder == null ? null : holder.id(), holder != null && mayRead(holder.county()));
    }

    /** Whether the caller reads {@code county}'s entries (null: the city's, read by city-wide readers only). */
    private boolean mayRead(String county) {
        return countyScope.readFilter().map(own -> own.equals(county)).orElse(true);
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && constraint.equals(violation.getConstraintName())) {
                return true;
            }
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** The entries with the balances each left behind, read in one query. */
    private List<EntryView> views(List<LedgerEntry> page) {
        List<BalanceMovement> moved = movements.ofEntries(page.stream().map(LedgerEntry::id).toList());
        Map<String, BalanceKey> keys = balances.list("id in ?1", moved.stream().map(BalanceMovement::balanceId).distinct().toList())
                .stream().collect(Collectors.toMap(Balance::id, Balance::key));
        Map<UUID, List<BalanceMovement>> byEntry = moved.stream().collect(Collectors.groupingBy(BalanceMovement::entryId));
        return page.stream().map(entry -> view(entry, byEntry.getOrDefault(entry.id(), List.of()).stream()
                .map(m -> new BalanceAfter(keys.get(m.balanceId()), m.balanceAfter(), m.balanceVersion()))
                .toList())).toList();
    }

    private static EntryView view(LedgerEntry entry, List<BalanceAfter> balances) {
        return EntryView.of(entry, balances.stream().map(b -> BalanceView.of(b.key(), b.amount(), b.version())).toList());
    }

    private static EntrySnapshot snapshot(LedgerEntry entry, List<BalanceAfter> balances) {
        EntryLinks links = entry.links();
        return new EntrySnapshot(entry.id(), ENTRY_VERSION, entry.kind(), entry.source(), entry.county(), entry.purpose(),
                entry.amount(), entry.occurredOn(), entry.documentNumber(), links.siteId(), links.householdId(),
                links.villageId(), links.industryProjectId(), entry.rewardId(), entry.reversesEntryId(),
                entry.reversedKind(), entry.reason(), entry.recordedAt(),
                balances.stream().map(b -> new BalanceSnapshot(b.key().id(), b.key().account(), b.key().source(),
                        b.key().county(), b.key().purpose(), b.amount(), b.version())).toList());
    }

    private LedgerEntry entry(UUID entryId) {
        return entries.findByIdOptional(entryId).orElseThrow(() -> new ResourceNotFound("Ledger entry", entryId));
    }

    /** The source if it is one of the fund sources; otherwise the request is wrong (a 400 naming {@code field}), not the ledger. */
    String knownSource(String source, String field) {
        if (source != null && sources.findByIdOptional(source).isEmpty()) {
            throw new InvalidInput(field, Message.of("input.unknown-fund-source", source));
        }
        return source;
    }

    /** A balance as an entry left it: its amount and version after the entry. */
    private record BalanceAfter(BalanceKey key, BigDecimal amount, long version) {
    }
}
