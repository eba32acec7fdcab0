package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.event.EmploymentEnded;
import org.anju.industry.event.EmploymentStarted;
import org.anju.industry.repository.EmploymentRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;

import java.time.LocalDate;
import java.util.UUID;

/** Employment records; every start and end re-derives the household's employment situation. */
@ApplicationScoped
public class EmploymentService {

    private final EmploymentRepository employments;
    private final References references;
    private final HouseholdEmploymentService situations;
    private final Outbox outbox;
    private final ProgrammeClock clock;
    private final CountyScope scope;

    EmploymentService(EmploymentRepository employments, References references, HouseholdEmploymentService situations,
                      Outbox outbox, ProgrammeClock clock, CountyScope scope) {
        this.employments = employments;
        this.references = references;
        this.situations = situations;
        this.outbox = outbox;
        this.clock = clock;
        this.scope = scope;
    }

    /** Starts a job no later than the programme's today. */
    @Transactional
    public EmploymentView start(@Valid StartEmployment command) {
        HouseholdReplica household = references.household(command.householdId());
        scope.requireWrite(household.profile().county());
        LocalDate today = clock.today();
        Employment employment = Employment.start(UUID.randomUUID(), household, command.memberRef(), command.channel(),
                command.employer(), references.workshopOrNone(command.workshopId()), command.startDate(),
                command.plannedEndDate(), command.monthlyIncome(), command.contract(), today);
        employments.persist(employment);
        outbox.record(new EmploymentStarted(Snapshots.employment(employment, today)));
        situations.reassess(household.id(), today);
        return Views.employment(employment, today);
    }

    /** Ends a job on a day between its start and the programme's today. */
    @Transactional
    public EmploymentView end(UUID id, String ifMatch, @Valid EndEmployment command) {
        Employment employment = employments.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new ResourceNotFound("Employment", id));
        scope.requireWrite(employment.county());
        ETags.requireMatch(ifMatch, employment.version());
        LocalDate today = clock.today();
        employment.end(command.endDate(), today);
        outbox.record(new EmploymentEnded(Snapshots.employment(employment, today)));
        situations.reassess(employment.householdId(), today);
        return Views.employment(employment, today);
    }

    @Transactional
    public EmploymentView get(UUID id) {
        Employment employment = employments.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("Employment", id));
        scope.requireRead(employment.county());
        return Views.employment(employment, clock.today());
    }

    @Transactional
    public Page<EmploymentView> list(CountyCode county, UUID householdId, UUID workshopId, EmploymentChannel channel,
                                     EmploymentStatus status, String cursor, int limit) {
        LocalDate today = clock.today();
        return ListQuery.byId(Employment::id)
                .where("county", scope.listCounty(county))
                .where("householdId", householdId)
                .where("workshopId", workshopId)
                .where("channel", channel)
                .where("status", status)
                .after(cursor)
                .page(employments, limit)
                .map(employment -> Views.employment(employment, today));
    }
}
