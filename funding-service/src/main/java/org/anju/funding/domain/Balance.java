package org.anju.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account of one source held by the city or a county (see {@link BalanceKey}). Its version
 * counts the movements applied to it (1 after the first), and it never goes below zero.
 */
@Entity
@Table(name = "balance")
public class Balance {

    @Id
    private String id;
    @Enumerated(EnumType.STRING)
    private Account account;
    private String source;
    private String holder;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(precision = 18, scale = 2)
    private BigDecimal amount;
    private long version;
    private Instant updatedAt;

    protected Balance() {
        // for JPA
    }

    /** A balance nothing has moved yet (version 0). */
    public Balance(BalanceKey key, Instant now) {
        this.id = key.id();
        this.account = key.account();
        this.source = key.source();
        this.holder = key.holder();
        this.purpose = key.purpose();
        this.amount = Money.ZERO;
        this.version = 0;
        this.updatedAt = now;
    }

    /**
     * Applies a movement of {@code entry}. A movement that would take the balance below zero is
     * rejected, naming the balance, what it holds and what was asked — now, and on every date from
     * the entry's date on, since balances are also read as of past dates.
     *
     * @param lowestSinceEntryDate the lowest this balance stood at the end of the entry's date or of any later
     *                             date (its current amount when nothing is dated after the entry)
     */
    public void apply(Movement movement, LedgerEntry entry, BigDecimal lowestSinceEntryDate, Instant now) {
        if (!movement.balance().equals(key())) {
            throw new IllegalArgumentException(movement + " does not move " + id);
        }
        BigDecimal after = amount.add(movement.delta());
        if (after.signum() < 0) {
            throw overdraw(entry, movement, amount, "");
        }
        if (lowestSinceEntryDate.add(movement.delta()).signum() < 0) {
            throw overdraw(entry, movement, lowestSinceEntryDate, " on " + entry.occurredOn() + " and after");
        }
        amount = after;
        version++;
        updatedAt = now;
    }

    private DomainRuleViolation overdraw(LedgerEntry entry, Movement movement, BigDecimal held, String when) {
        return new DomainRuleViolation("no-overdraw", String.format("%s %s would overdraw %s: it holds %s%s, the entry needs %s",
                describe(entry), Money.format(entry.amount()), key().describe(), Money.format(held), when,
                Money.format(movement.delta().negate())));
    }

    private static String describe(LedgerEntry entry) {
        String kind = entry.kind().name().charAt(0) + entry.kind().name().substring(1).toLowerCase();
        return entry.kind() == EntryKind.REVERSAL ? "Reversal of " + entry.reversesEntryId() + " for" : kind + " of";
    }

    public BalanceKey key() {
        return new BalanceKey(account, source, holder, purpose);
    }

    public String id() {
        return id;
    }

    public BigDecimal amount() {
        return amount;
    }

    public long version() {
        return version;
    }
}
