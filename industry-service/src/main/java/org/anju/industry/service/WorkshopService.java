package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.domain.Workshop;
import org.anju.industry.domain.WorkshopStatus;
import org.anju.industry.event.WorkshopRegistered;
import org.anju.industry.event.WorkshopStatusChanged;
import org.anju.industry.event.WorkshopUpdated;
import org.anju.industry.repository.WorkshopRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Poverty-alleviation workshops; their employees are employment records with channel WORKSHOP. */
@ApplicationScoped
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final EmploymentService employments;
    private final References references;
    private final Outbox outbox;
    private final CountyScope scope;

    WorkshopService(WorkshopRepository workshops, EmploymentService employments, References references, Outbox outbox,
                    CountyScope scope) {
        this.workshops = workshops;
        this.employments = employments;
        this.references = references;
        this.outbox = outbox;
        this.scope = scope;
    }

    @Transactional
    public WorkshopView register(@Valid RegisterWorkshop command) {
        scope.requireWrite(command.county());
        Workshop workshop = new Workshop(UUID.randomUUID(), command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
        workshops.persist(workshop);
        outbox.record(new WorkshopRegistered(Snapshots.workshop(workshop)));
        return Views.workshop(workshop);
    }

    @Transactional
    public WorkshopView correct(UUID id, String ifMatch, @Valid RegisterWorkshop command) {
        Workshop workshop = locked(id, ifMatch);
        workshop.correct(command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
        outbox.record(new WorkshopUpdated(Snapshots.workshop(workshop)));
        return Views.workshop(workshop);
    }

    @Transactional
    public WorkshopView changeStatus(UUID id, String ifMatch, @Valid ChangeWorkshopStatus command) {
        Workshop workshop = locked(id, ifMatch);
        workshop.changeStatus(command.status());
        outbox.record(new WorkshopStatusChanged(Snapshots.workshop(workshop)));
        return Views.workshop(workshop);
    }

    @Transactional
    public WorkshopView get(UUID id) {
        return Views.workshop(readable(id));
    }

    @Transactional
    public Page<WorkshopView> list(CountyCode county, UUID siteId, WorkshopStatus status, String cursor, int limit) {
        return ListQuery.byId(Workshop::id)
                .where("county", scope.listCounty(county))
                .where("siteId", siteId)
                .where("status", status)
                .after(cursor)
                .page(workshops, limit)
                .map(Views::workshop);
    }

    /**
     * The workshop's employment records, if the caller may read the workshop. Employment records
     * carry the household's county: a county officer sees the employees from their own county.
     */
    @Transactional
    public Page<EmploymentView> employees(UUID id, EmploymentStatus status, String cursor, int limit) {
        readable(id);
        return employments.list(null, null, id, null, status, cursor, limit);
    }

    private Workshop readable(UUID id) {
        Workshop workshop = workshops.findByIdOptional(id).orElseThrow(() -> notFound(id));
        scope.requireRead(workshop.county());
        return workshop;
    }

    private Workshop locked(UUID id, String ifMatch) {
        Workshop workshop = workshops.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(workshop.county());
        ETags.requireMatch(ifMatch, workshop.version());
        return workshop;
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Workshop", id);
    }
}
