package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A household's share in a project: its expected yearly income increase and the dividends paid to it. */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    @Id
    private UUID id;
    private long version;
    private UUID projectId;
    private UUID householdId;
    private String county;
    private UUID siteId;
    @Enumerated(EnumType.STRING)
    private HouseholdCategory category;
    private int memberCount;
    private BigDecimal expectedAnnualIncrease;
    private BigDecimal dividendsPaid;
    private boolean active;

    protected Beneficiary() {
    }

    public Beneficiary(UUID id, IndustryProject project, HouseholdReplica household, BigDecimal expectedAnnualIncrease) {
        project.requireOpenForBeneficiaries();
        this.id = id;
        this.version = 1;
        this.projectId = project.id();
        this.householdId = household.id();
        this.dividendsPaid = Money.ZERO;
        join(household, expectedAnnualIncrease);
    }

    /** Adds a household that was removed from the project again; its payouts so far stay. */
    public void rejoin(IndustryProject project, HouseholdReplica household, BigDecimal expectedAnnualIncrease) {
        project.requireOpenForBeneficiaries();
        if (active) {
            throw new DomainRuleViolation("beneficiary-added-once",
                    "Household " + householdId + " already benefits from project " + projectId);
        }
        join(household, expectedAnnualIncrease);
        version++;
    }

    public void remove() {
        if (!active) {
            throw new DomainRuleViolation("beneficiary-removed-once",
                    "Household " + householdId + " was already removed from project " + projectId);
        }
        active = false;
        version++;
    }

    public void payDividend(IndustryProject project, BigDecimal amount) {
        project.requireOpenForBeneficiaries();
        if (!active) {
            throw new DomainRuleViolation("dividends-to-active-beneficiaries",
                    "Household " + householdId + " no longer benefits from project " + projectId);
        }
        dividendsPaid = dividendsPaid.add(Money.positive(amount));
        version++;
    }

    /**
     * Follows a change of the household (e.g. its members corrected) so that coverage counted from
     * active beneficiaries stays right; returns whether anything the beneficiary carries changed.
     */
    public boolean follow(HouseholdReplica household) {
        if (county.equals(household.county()) && Objects.equals(siteId, household.siteId())
                && category == household.category() && memberCount == household.memberCount()) {
            return false;
        }
        copy(household);
        version++;
        return true;
    }

    private void join(HouseholdReplica household, BigDecimal expectedAnnualIncrease) {
        copy(household);
        this.expectedAnnualIncrease = Money.of(expectedAnnualIncrease);
        this.active = true;
    }

    private void copy(HouseholdReplica household) {
        this.county = household.county();
        this.siteId = household.siteId();
        this.category = household.category();
        this.memberCount = household.memberCount();
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID projectId() {
        return projectId;
    }

    public UUID householdId() {
        return householdId;
    }

    public String county() {
        return county;
    }

    public UUID siteId() {
        return siteId;
    }

    public HouseholdCategory category() {
        return category;
    }

    public int memberCount() {
        return memberCount;
    }

    public BigDecimal expectedAnnualIncrease() {
        return expectedAnnualIncrease;
    }

    public BigDecimal dividendsPaid() {
        return dividendsPaid;
    }

    public boolean active() {
        return active;
    }
}
