package org.anju.industry.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
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
    @Embedded
    private HouseholdProfile profile;
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
            throw DomainRuleViolation.of("beneficiary-added-once", householdId.toString(), projectId.toString());
        }
        join(household, expectedAnnualIncrease);
        version++;
    }

    public void remove() {
        if (!active) {
            throw DomainRuleViolation.of("beneficiary-removed-once", householdId.toString(), projectId.toString());
        }
        active = false;
        version++;
    }

    public void payDividend(IndustryProject project, BigDecimal amount) {
        project.requireOpenForBeneficiaries();
        if (!active) {
            throw DomainRuleViolation.of("dividends-to-active-beneficiaries", householdId.toString(), projectId.toString());
        }
        dividendsPaid = dividendsPaid.add(Money.positive(amount));
        version++;
    }

    /**
     * Follows a change of the household (e.g. its members corrected) so that coverage counted from
     * active beneficiaries stays right; returns whether anything the beneficiary carries changed.
     */
    public boolean follow(HouseholdReplica household) {
        if (profile.equals(household.profile())) {
            return false;
        }
        profile = household.profile();
        version++;
        return true;
    }

    private void join(HouseholdReplica household, BigDecimal expectedAnnualIncrease) {
        this.profile = household.profile();
        this.expectedAnnualIncrease = Money.of(expectedAnnualIncrease);
        this.active = true;
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

    /** The household's county, site, category and members, as the beneficiary carries them for coverage. */
    public HouseholdProfile profile() {
        return profile;
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
