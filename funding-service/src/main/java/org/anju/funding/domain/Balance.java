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
        String needed = Money.format(movement.delta().negate());
        if (after.signum() < 0) {
            throw DomainRuleViolation.of("no-overdraw", entry.describe(), key().describe(), Money.format(amount), needed);
        }
        if (lowestSinceEntryDate.add(movement.delta()).signum() < 0) {
            // amounts and dates as strings: a message shows them as given, never digit-grouped
            throw new DomainRuleViolation("no-overdraw", Message.of("rule.no-overdraw.since", entry.describe(), key().describe(),
                    Money.format(lowestSinceEntryDate), entry.occurredOn().toString(), needed));
        }
        amount = after;
        version++;
        updatedAt = now;
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
