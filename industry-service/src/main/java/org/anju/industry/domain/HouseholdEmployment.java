package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * The employment situation of one household, kept as an aggregate of its own so that it is
 * published (HouseholdEmploymentChanged) exactly when it changes: a job starts or ends, a job
 * becomes stable with time, or the household itself changes (moves in, labour capacity corrected).
 */
@Entity
@Table(name = "household_employment")
public class HouseholdEmployment {

    @Id
    private UUID householdId;
    private long version;
    private String county;
    private UUID siteId;
    @Enumerated(EnumType.STRING)
    private HouseholdCategory category;
    private int memberCount;
    private int labourCapacityCount;
    private boolean relocated;
    private boolean removed;
    private int employedMembers;
    private int stablyEmployedMembers;
    private boolean stablyEmployed;
    private boolean zeroEmployment;

    protected HouseholdEmployment() {
    }

    public HouseholdEmployment(UUID householdId) {
        this.householdId = householdId;
    }

    /**
     * Derives the situation from the household and its active jobs as of {@code today}; returns
     * whether anything changed (the version then increases by one; a new one starts at 1).
     */
    public boolean reassess(HouseholdReplica household, Collection<Employment> activeJobs, LocalDate today) {
        int employed = (int) activeJobs.stream().map(Employment::memberRef).distinct().count();
        int stably = (int) activeJobs.stream().filter(job -> job.isStableOn(today))
                .map(Employment::memberRef).distinct().count();
        boolean nowRelocated = household.isRelocated();
        boolean nowZero = nowRelocated && household.labourCapacityCount() > 0 && stably == 0;
        Situation next = new Situation(household.county(), household.siteId(), household.category(),
                household.memberCount(), household.labourCapacityCount(), nowRelocated, household.removed(), employed,
                stably, stably > 0, nowZero);
        if (version > 0 && next.equals(current())) {
            return false;
        }
        county = next.county();
        siteId = next.siteId();
        category = next.category();
        memberCount = next.memberCount();
        labourCapacityCount = next.labourCapacityCount();
        relocated = next.relocated();
        removed = next.removed();
        employedMembers = next.employedMembers();
        stablyEmployedMembers = next.stablyEmployedMembers();
        stablyEmployed = next.stablyEmployed();
        zeroEmployment = next.zeroEmployment();
        version++;
        return true;
    }

    /** Everything derived, to tell whether a reassessment changed anything. */
    private record Situation(String county, UUID siteId, HouseholdCategory category, int memberCount,
                             int labourCapacityCount, boolean relocated, boolean removed, int employedMembers,
                             int stablyEmployedMembers, boolean stablyEmployed, boolean zeroEmployment) {
    }

    private Situation current() {
        return new Situation(county, siteId, category, memberCount, labourCapacityCount, relocated, removed,
                employedMembers, stablyEmployedMembers, stablyEmployed, zeroEmployment);
    }

    public UUID householdId() {
        return householdId;
    }

    public long version() {
        return version;
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

    public int labourCapacityCount() {
        return labourCapacityCount;
    }

    /** Moved in (and not removed): only relocated households count for the indicators. */
    public boolean relocated() {
        return relocated;
    }

    public boolean removed() {
        return removed;
    }

    public int employedMembers() {
        return employedMembers;
    }

    public int stablyEmployedMembers() {
        return stablyEmployedMembers;
    }

    /** At least one member in a stable job. */
    public boolean stablyEmployed() {
        return stablyEmployed;
    }

    /** Relocated, with labour capacity, and no member in a stable job (零就业家庭). */
    public boolean zeroEmployment() {
        return zeroEmployment;
    }
}
