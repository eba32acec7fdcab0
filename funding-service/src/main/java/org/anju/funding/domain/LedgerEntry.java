package org.anju.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.i18n.Message;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One immutable line of the ledger. It is created by one of the factory methods, which hold the
 * rules of each kind, and never changed: a mistake is corrected by a {@link #reversalOf reversal}.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    /** The longest document number the ledger stores (V1's column). */
    public static final int MAX_DOCUMENT_NUMBER = 100;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    private String source;
    private String county;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(precision = 18, scale = 2)
    private BigDecimal amount;
    private LocalDate occurredOn;
    /** As {@link DocumentNumbers#canonical} writes it; entries recorded before V4 keep the number as it was typed. */
    private String documentNumber;
    /** The number compared: V4's generated column (canonical, upper-cased), written by the database alone. */
    @Column(insertable = false, updatable = false)
    private String documentKey;
    private String siteId;
    private String householdId;
    private String villageId;
    private String industryProjectId;
    private UUID rewardId;
    private UUID reversesEntryId;
    @Enumerated(EnumType.STRING)
    private EntryKind reversedKind;
    private String reason;
    private Instant recordedAt;
    /** Set when the entry is reversed: its document number may then be recorded again (the corrected entry). */
    private boolean documentReleased;

    protected LedgerEntry() {
        // for JPA
    }

    private LedgerEntry(EntryKind kind, String source, String county, Purpose purpose, BigDecimal amount,
                        LocalDate occurredOn, String documentNumber, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.source = require(source, "source");
        this.county = county;
        this.purpose = purpose;
        this.amount = Money.positive(amount);
        this.occurredOn = require(occurredOn, "date");
        // a blank number (an empty form field) is no number; a reversal repeats its target's as stored
        this.documentNumber = kind == EntryKind.REVERSAL ? documentNumber : canonical(documentNumber);
        this.recordedAt = recordedAt;
    }

    /** The city receives money from a source, on the strength of a document (e.g. an allocation notice). */
    public static LedgerEntry receipt(String source, BigDecimal amount, LocalDate receivedOn, String documentNumber,
                                      Instant recordedAt) {
        return new LedgerEntry(EntryKind.RECEIPT, source, null, null, amount, receivedOn,
                require(documentNumber, "document-number"), recordedAt);
    }

    /** The city passes money of one source to a county. */
    public static LedgerEntry disbursement(String source, CountyCode county, BigDecimal amount, LocalDate disbursedOn,
                                           String documentNumber, Instant recordedAt) {
        return new LedgerEntry(EntryKind.DISBURSEMENT, source, require(county, "county").code(), null, amount, disbursedOn,
                documentNumber, recordedAt);
    }

    /** A county spends money of one source on a purpose, optionally for a site, household, village or project. */
    public static LedgerEntry expenditure(String source, CountyCode county, Purpose purpose, BigDecimal amount,
                                          LocalDate spentOn, String documentNumber, EntryLinks links, UUID rewardId,
                                          Instant recordedAt) {
        LedgerEntry entry = new LedgerEntry(EntryKind.EXPENDITURE, source, require(county, "county").code(), require(purpose, "purpose"),
                amount, spentOn, documentNumber, recordedAt);
        entry.siteId = links.siteId();
        entry.householdId = links.householdId();
        entry.villageId = links.villageId();
        entry.industryProjectId = links.industryProjectId();
        entry.rewardId = rewardId;
        return entry;
    }

    /**
     * Cancels {@code target}: the same source, county, purpose and amount, moving every balance back.
     * Whether the target was already reversed is the ledger's to check (it needs the other entries).
     */
    public static LedgerEntry reversalOf(LedgerEntry target, String reason, LocalDate reversedOn, Instant recordedAt) {
        if (target.kind == EntryKind.REVERSAL) {
            throw DomainRuleViolation.of("reversal-not-reversible", target.id.toString());
        }
        if (reversedOn != null && reversedOn.isBefore(target.occurredOn)) {
            throw DomainRuleViolation.of("reversal-not-before-entry", reversedOn.toString(), target.occurredOn.toString());
        }
        LedgerEntry reversal = new LedgerEntry(EntryKind.REVERSAL, target.source, target.county, target.purpose,
                target.amount, reversedOn, target.documentNumber, recordedAt);
        reversal.reversesEntryId = target.id;
        reversal.reversedKind = target.kind;
        reversal.reason = require(reason, "reason");
        reversal.siteId = target.siteId;
        reversal.householdId = target.householdId;
        reversal.villageId = target.villageId;
        reversal.industryProjectId = target.industryProjectId;
        reversal.rewardId = target.rewardId;
        return reversal;
    }

    /** How this entry moves balances; a reversal moves its target's balances back. */
    public List<Movement> movements() {
        if (kind != EntryKind.REVERSAL) {
            return movementsOf(kind);
        }
        return movementsOf(reversedKind).stream().map(Movement::inverse).toList();
    }

    private List<Movement> movementsOf(EntryKind what) {
        return switch (what) {
            case RECEIPT -> List.of(
                    new Movement(BalanceKey.city(Account.RECEIVED, source), amount),
                    new Movement(BalanceKey.city(Account.UNDISBURSED, source), amount));
            case DISBURSEMENT -> List.of(
                    new Movement(BalanceKey.city(Account.UNDISBURSED, source), amount.negate()),
                    new Movement(BalanceKey.county(Account.DISBURSED, source, county), amount),
                    new Movement(BalanceKey.county(Account.AVAILABLE, source, county), amount));
            case EXPENDITURE -> List.of(
                    new Movement(BalanceKey.county(Account.AVAILABLE, source, county), amount.negate()),
                    new Movement(BalanceKey.spent(source, county, purpose), amount));
            case REVERSAL -> throw new IllegalStateException("a reversal has no movements of its own");
        };
    }

    /**
     * Whether this entry holds its document number for itself: a document (an allocation notice, a
     * payment order) is recorded once per kind of entry, source and county (receipts, the city's, have
     * none; a county's disbursements and expenditures are numbered by documents of that county), the
     * number compared as {@link DocumentNumbers} writes it and ignoring case, which the ledger checks against
     * the other entries ({@link #documentAlreadyRecorded}). Not a reversal (it repeats the number of
     * the entry it cancels), not an entry without a number, and not a reward's payment (numbered
     * after its rule; a reward is paid once, {@code reward-paid-once}).
     */
    public boolean holdsItsDocument() {
        return kind != EntryKind.REVERSAL && documentNumber != null && rewardId == null;
    }

    /**
     * A reversal cancels this entry, and with it its claim on its document: the corrected entry may
     * be recorded under the same number. The only change an entry ever sees.
     */
    public void releaseDocument() {
        documentReleased = true;
    }

    /**
     * The rule this entry breaks when entry {@code recorded} already holds its kind, source, county and
     * document number; {@code named}: whether the caller may read that entry (else it is not named).
     */
    public DomainRuleViolation documentAlreadyRecorded(UUID recorded, boolean named) {
        return named && recorded != null
                ? DomainRuleViolation.of("entry-document-unique", kind.named(), source, documentNumber, recorded.toString())
                : new DomainRuleViolation("entry-document-unique", Message.of("rule.entry-document-unique.unnamed", kind.named(),
                        source, documentNumber));
    }

    /** "Disbursement of 600.00", "Reversal of 8d3f… for 333.33": the entry as the no-overdraw rule names it. */
    public Message describe() {
        return kind == EntryKind.REVERSAL
                ? Message.of("entry.reversal-amount", reversesEntryId.toString(), Money.format(amount))
                : Message.of("entry.amount", kind.named(), Money.format(amount));
    }

    /** The canonical number, which must fit the column as the commands' {@code @Size(max = 100)} promises. */
    private static String canonical(String typed) {
        String number = DocumentNumbers.canonical(typed);
        if (number != null && number.length() > MAX_DOCUMENT_NUMBER) {
            throw new InvalidInput("documentNumber", Message.of("input.document-number-too-long", String.valueOf(MAX_DOCUMENT_NUMBER)));
        }
        return number;
    }

    /** {@code part}: the missing part's bundle key under {@code entry.part.} (source, date, county, ...). */
    private static <T> T require(T value, String part) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw DomainRuleViolation.of("entry-incomplete", Message.of("entry.part." + part));
        }
        return value;
    }

    public UUID id() {
        return id;
    }

    public EntryKind kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    public String county() {
        return county;
    }

    public Purpose purpose() {
        return purpose;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public EntryLinks links() {
        return new EntryLinks(siteId, householdId, villageId, industryProjectId);
    }

    public UUID rewardId() {
        return rewardId;
    }

    public UUID reversesEntryId() {
        return reversesEntryId;
    }

    public EntryKind reversedKind() {
        return reversedKind;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
