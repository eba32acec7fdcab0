package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** One member's job. Ending it is a command; the record stays. */
@Entity
@Table(name = "employment")
public class Employment {

    /** A job without a contract counts as stable (稳定就业) once it lasts this long. */
    public static final Period STABLE_AFTER = Period.ofMonths(6);

    @Id
    private UUID id;
    private long version;
    private UUID householdId;
    private String memberRef;
    private String county;
    private UUID siteId;
    @Enumerated(EnumType.STRING)
    private EmploymentChannel channel;
    private String employer;
    private UUID workshopId;
    private LocalDate startDate;
    private LocalDate plannedEndDate;
    private LocalDate endDate;
    private BigDecimal monthlyIncome;
    private boolean contract;
    @Enumerated(EnumType.STRING)
    private EmploymentStatus status;

    protected Employment() {
    }

    /**
     * Starts a job of a member of {@code household}; a WORKSHOP job names an operating workshop,
     * other channels name none.
     */
    public static Employment start(UUID id, HouseholdReplica household, String memberRef, EmploymentChannel channel,
                                   String employer, Workshop workshop, LocalDate startDate, LocalDate plannedEndDate,
                                   BigDecimal monthlyIncome, boolean contract, LocalDate today) {
        if (startDate.isAfter(today)) {
            throw DomainRuleViolation.of("employment-starts-by-today", startDate.toString());
        }
        if (plannedEndDate != null && plannedEndDate.isBefore(startDate)) {
            throw DomainRuleViolation.of("employment-ends-after-start", plannedEndDate.toString(), startDate.toString());
        }
        if ((channel == EmploymentChannel.WORKSHOP) != (workshop != null)) {
            throw DomainRuleViolation.of("workshop-employment-names-workshop");
        }
        if (workshop != null && workshop.status() != WorkshopStatus.OPERATING) {
            throw DomainRuleViolation.of("workshop-employment-requires-operating-workshop", workshop.id().toString(),
                    workshop.status().name());
        }
        Employment employment = new Employment();
        employment.id = id;
        employment.version = 1;
        employment.householdId = household.id();
        employment.memberRef = memberRef;
        employment.county = household.profile().county();
        employment.siteId = household.profile().siteId();
        employment.channel = channel;
        employment.employer = employer;
        employment.workshopId = workshop == null ? null : workshop.id();
        employment.startDate = startDate;
        employment.plannedEndDate = plannedEndDate;
        employment.monthlyIncome = Money.of(monthlyIncome);
        employment.contract = contract;
        employment.status = EmploymentStatus.ACTIVE;
        return employment;
    }

    public void end(LocalDate endDate, LocalDate today) {
        if (status == EmploymentStatus.ENDED) {
            throw DomainRuleViolation.of("employment-already-ended", id.toString(), this.endDate.toString());
        }
        if (endDate.isBefore(startDate) || endDate.isAfter(today)) {
            throw DomainRuleViolation.of("employment-end-between-start-and-today", startDate.toString(), today.toString(),
                    endDate.toString());
        }
        this.endDate = endDate;
        this.status = EmploymentStatus.ENDED;
        version++;
    }

    /**
     * Stable (稳定就业): a labour contract, or a job lasting at least six months, counted from its
     * start to its actual end once ended, and otherwise to the later of its planned end and today.
     */
    public boolean isStableOn(LocalDate today) {
        if (contract) {
            return true;
        }
        LocalDate lastsUntil = endDate != null ? endDate
                : plannedEndDate != null && plannedEndDate.isAfter(today) ? plannedEndDate : today;
        return !startDate.plus(STABLE_AFTER).isAfter(lastsUntil);
    }

    public boolean isActive() {
        return status == EmploymentStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID householdId() {
        return householdId;
    }

    public String memberRef() {
        return memberRef;
    }

    public String county() {
        return county;
    }

    public UUID siteId() {
        return siteId;
    }

    public EmploymentChannel channel() {
        return channel;
    }

    public String employer() {
        return employer;
    }

    public UUID workshopId() {
        return workshopId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate plannedEndDate() {
        return plannedEndDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public BigDecimal monthlyIncome() {
        return monthlyIncome;
    }

    public boolean contract() {
        return contract;
    }

    public EmploymentStatus status() {
        return status;
    }
}
