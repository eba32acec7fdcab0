package org.anju.industry.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.HouseholdEmployment;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.event.HouseholdEmploymentChanged;
import org.anju.industry.repository.EmploymentRepository;
import org.anju.industry.repository.HouseholdEmploymentRepository;
import org.anju.industry.repository.HouseholdReplicaRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Keeps each household's derived employment situation current and publishes every change of it. */
@ApplicationScoped
public class HouseholdEmploymentService {

    private final HouseholdReplicaRepository households;
    private final EmploymentRepository employments;
    private final HouseholdEmploymentRepository situations;
    private final Outbox outbox;
    private final ProgrammeClock clock;
    private final CountyScope scope;

    HouseholdEmploymentService(HouseholdReplicaRepository households, EmploymentRepository employments,
                               HouseholdEmploymentRepository situations, Outbox outbox, ProgrammeClock clock,
                               CountyScope scope) {
        this.households = households;
        this.employments = employments;
        this.situations = situations;
        this.outbox = outbox;
        this.clock = clock;
        this.scope = scope;
    }

    /**
     * Re-derives the household's situation, inside the caller's transaction, and records
     * HouseholdEmploymentChanged if it changed. The household row is locked and re-read first, so
     * the feed and commands touching the same household take turns and each sees the other's
     * committed change: a command that loaded the replica before the feed committed a move-in would
     * otherwise derive from the stale status and overwrite the feed's result.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void reassess(UUID householdId, LocalDate today) {
        HouseholdReplica household = households.findById(householdId);
        households.getEntityManager().refresh(household, LockModeType.PESSIMISTIC_WRITE);
        HouseholdEmployment situation = Optional.ofNullable(situations.findById(householdId))
                .orElseGet(() -> new HouseholdEmployment(householdId));
        if (situation.reassess(household, employments.activeJobsOf(householdId), today)) {
            situations.persist(situation);
            outbox.record(new HouseholdEmploymentChanged(Snapshots.householdEmployment(situation)));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void reassess(UUID householdId) {
        reassess(householdId, clock.today());
    }

    /**
     * Open-ended jobs become stable with time alone: every day (shortly after midnight in the
     * programme's zone) re-derive the households whose jobs may have crossed the six months
     * (unchanged ones publish nothing).
     */
    @Scheduled(cron = "{anju.industry.stability-check-cron}", timeZone = "{anju.programme.zone}")
    void reassessDaily() {
        reassessJobsMaturedBy(clock.today());
    }

    @Transactional
    public void reassessJobsMaturedBy(LocalDate today) {
        employments.householdsWithOpenJobsStartedBy(today.minus(Employment.STABLE_AFTER))
                .forEach(householdId -> reassess(householdId, today));
    }

    @Transactional
    public HouseholdEmploymentView situationOf(UUID householdId) {
        HouseholdEmployment situation = situations.findByIdOptional(householdId)
                .orElseThrow(() -> new ResourceNotFound("Household", householdId));
        scope.requireRead(situation.profile().county());
        return Views.householdEmployment(situation);
    }

    /** Relocated households with labour capacity and nobody stably employed (零就业家庭), in county or all. */
    @Transactional
    public Page<HouseholdEmploymentView> zeroEmploymentHouseholds(CountyCode county, String cursor, int limit) {
        return ListQuery.by("householdId", HouseholdEmployment::householdId)
                .where("situation.zeroEmployment", true)
                .where("profile.county", scope.listCounty(county))
                .after(cursor)
                .page(situations, limit)
                .map(Views::householdEmployment);
    }
}
