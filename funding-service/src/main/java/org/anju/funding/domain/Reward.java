package org.anju.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reward a rule proposed for one village; approving it pays it (once) as an expenditure. */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    private UUID id;
    private String rule;
    private String villageId;
    private String county;
    private String source;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(precision = 18, scale = 2)
    private BigDecimal amount;
    private LocalDate demolishedOn;
    @Enumerated(EnumType.STRING)
    private RewardStatus status;
    private long version;
    private Instant proposedAt;
    private Instant approvedAt;
    private UUID expenditureEntryId;

    protected Reward() {
        // for JPA
    }

    Reward(RewardRule rule, String villageId, LocalDate demolishedOn, Instant now) {
        this.id = UUID.randomUUID();
        this.rule = rule.name();
        this.villageId = villageId;
        this.county = rule.county().code();
        this.source = rule.source();
        this.purpose = rule.purpose();
        this.amount = rule.amount();
        this.demolishedOn = demolishedOn;
        this.status = RewardStatus.PROPOSED;
        this.version = 1;
        this.proposedAt = now;
    }

    /** The expenditure that pays this reward; {@link #approve} it once the ledger accepted it. */
    public LedgerEntry payment(LocalDate paidOn, Instant now) {
        requireProposed();
        return LedgerEntry.expenditure(source, CountyCode.of(county, "county"), purpose, amount, paidOn, "reward " + rule,
                EntryLinks.village(villageId), id, now);
    }

    public void approve(LedgerEntry payment, Instant now) {
        requireProposed();
        if (!id.equals(payment.rewardId())) {
            throw new IllegalArgumentException("entry " + payment.id() + " does not pay reward " + id);
        }
        status = RewardStatus.APPROVED;
        expenditureEntryId = payment.id();
        approvedAt = now;
        version++;
    }

    private void requireProposed() {
        if (status != RewardStatus.PROPOSED) {
            throw DomainRuleViolation.of("reward-paid-once", id.toString(), villageId, String.valueOf(expenditureEntryId));
        }
    }

    public UUID id() {
        return id;
    }

    public String rule() {
        return rule;
    }

    public String villageId() {
        return villageId;
    }

    public String county() {
        return county;
    }

    public String source() {
        return source;
    }

    public Purpose purpose() {
        return purpose;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate demolishedOn() {
        return demolishedOn;
    }

    public RewardStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public UUID expenditureEntryId() {
        return expenditureEntryId;
    }
}
