package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.industry.domain.EmploymentSnapshot;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.domain.HouseholdReplica;
import org.anju.industry.event.EmploymentEnded;
import org.anju.industry.event.EmploymentStarted;
import org.anju.industry.repository.EmploymentRepository;
import org.anju.industry.repository.ListQuery;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Employment records; every start and end re-derives the household's employment situation. */
@ApplicationScoped
public class EmploymentService {

    private final EmploymentRepository employments;
    private final References references;
    private final HouseholdEmploymentService situations;
    private final Outbox outbox;
    private final Clock clock;
    private final CountyScope scope;

    EmploymentService(EmploymentRepository employments, References references, HouseholdEmploymentService situations,
                      Outbox outbox, Clock clock, CountyScope scope) {
        this.employments = employments;
        this.references = references;
        this.situations = situations;
        this.outbox = outbox;
        this.clock = clock;
        this.scope = scope;
    }

    @Transactional
    public EmploymentSnapshot start(@Valid StartEmployment command) {
        HouseholdReplica household = references.household(command.householdId());
        scope.requireWrite(household.county());
        LocalDate today = LocalDate.now(clock);
        Employment employment = Employment.start(UUID.randomUUID(), household, command.memberRef(), command.channel(),
                command.employer(), references.workshopOrNone(command.workshopId()), command.startDate(),
                command.plannedEndDate(), command.monthlyIncome(), command.contract(), today);
        employments.persist(employment);
        EmploymentSnapshot snapshot = employment.snapshot(today);
        outbox.record(new EmploymentStarted(snapshot));
        situations.reassess(household.id(), today);
        return snapshot;
    }

    @Transactional
    public EmploymentSnapshot end(UUID id, String ifMatch, @Valid EndEmployment command) {
        Employment employment = employments.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(id));
        scope.requireWrite(employment.county());
        ETags.requireMatch(ifMatch, employment.version());
        LocalDate today = LocalDate.now(clock);
        employment.end(command.endDate(), today);
        EmploymentSnapshot snapshot = employment.snapshot(today);
        outbox.record(new EmploymentEnded(snapshot));
        situations.reassess(employment.householdId(), today);
        return snapshot;
    }

    @Transactional
    public EmploymentSnapshot get(UUID id) {
        EmploymentSnapshot employment = employments.findByIdOptional(id).orElseThrow(() -> notFound(id)).snapshot(LocalDate.now(clock));
        scope.requireRead(employment.county());
        return employment;
    }

    @Transactional
    public Page<EmploymentSnapshot> list(String county, UUID householdId, UUID workshopId, EmploymentChannel channel,
                                         EmploymentStatus status, String cursor, int limit) {
        LocalDate today = LocalDate.now(clock);
        return Lists.page(ListQuery.byId().where("county", Lists.county(scope, county)).where("householdId", householdId)
                        .where("workshopId", workshopId).where("channel", channel).where("status", status)
                        .after(Lists.after(cursor)).fetch(employments, limit), limit, e -> e.snapshot(today));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Employment " + id + " does not exist");
    }
}
