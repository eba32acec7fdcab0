package org.anju.industry.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
    @Embedded
    private HouseholdProfile profile;
    @Embedded
    private Situation situation;

    /**
     * What is derived from the household and its active jobs.
     *
     * @param relocated             moved in (and not removed): only relocated households count for the indicators
     * @param stablyEmployedMembers distinct members in a stable job
     * @param stablyEmployed        at least one member in a stable job
     * @param zeroEmployment        relocated, with labour capacity, and no member in a stable job (零就业家庭)
     */
    @Embeddable
    public record Situation(int labourCapacityCount, boolean relocated, boolean removed, int employedMembers,
                            int stablyEmployedMembers, boolean stablyEmployed, boolean zeroEmployment) {
    }

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
        boolean relocated = household.isRelocated();
        Situation next = new Situation(household.labourCapacityCount(), relocated, household.removed(), employed, stably,
                stably > 0, relocated && household.labourCapacityCount() > 0 && stably == 0);
        if (version > 0 && household.profile().equals(profile) && next.equals(situation)) {
            return false;
        }
        profile = household.profile();
        situation = next;
        version++;
        return true;
    }

    public UUID householdId() {
        return householdId;
    }

    public long version() {
        return version;
    }

    public HouseholdProfile profile() {
        return profile;
    }

    public Situation situation() {
        return situation;
    }
}
