package org.anju.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A movement as recorded: which entry moved which balance, by how much, and what it left behind. */
@Entity
@Table(name = "balance_movement")
public class BalanceMovement {

    @Id
    private UUID id;
    private UUID entryId;
    private String balanceId;
    @Column(precision = 18, scale = 2)
    private BigDecimal delta;
    @Column(precision = 18, scale = 2)
    private BigDecimal balanceAfter;
    private long balanceVersion;
    private LocalDate occurredOn;

    protected BalanceMovement() {
        // for JPA
    }

    /** Records {@code movement} of {@code entry} after it was applied to {@code balance}. */
    public BalanceMovement(LedgerEntry entry, Movement movement, Balance balance) {
        this.id = UUID.randomUUID();
        this.entryId = entry.id();
        this.balanceId = balance.id();
        this.delta = movement.delta();
        this.balanceAfter = balance.amount();
        this.balanceVersion = balance.version();
        this.occurredOn = entry.occurredOn();
    }

    public UUID entryId() {
        return entryId;
    }

    public String balanceId() {
        return balanceId;
    }

    public BigDecimal balanceAfter() {
        return balanceAfter;
    }

    public long balanceVersion() {
        return balanceVersion;
    }
}
