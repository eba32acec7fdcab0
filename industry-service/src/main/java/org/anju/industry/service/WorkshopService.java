package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.Workshop;
import org.anju.industry.domain.WorkshopSnapshot;
import org.anju.industry.domain.WorkshopStatus;
import org.anju.industry.event.WorkshopRegistered;
import org.anju.industry.event.WorkshopStatusChanged;
import org.anju.industry.event.WorkshopUpdated;
import org.anju.industry.repository.ListQuery;
import org.anju.industry.repository.WorkshopRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Poverty-alleviation workshops; their employees are employment records with channel WORKSHOP. */
@ApplicationScoped
public class WorkshopService {

    private final WorkshopRepository workshops;
    private final References references;
    private final Outbox outbox;
    private final CountyScope scope;

    WorkshopService(WorkshopRepository workshops, References references, Outbox outbox, CountyScope scope) {
        this.workshops = workshops;
        this.references = references;
        this.outbox = outbox;
        this.scope = scope;
    }

    @Transactional
    public WorkshopSnapshot register(@Valid RegisterWorkshop command) {
        scope.requireWrite(command.county());
        Workshop workshop = new Workshop(UUID.randomUUID(), command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
        workshops.persist(workshop);
        outbox.record(new WorkshopRegistered(workshop.snapshot()));
        return workshop.snapshot();
    }

    @Transactional
    public WorkshopSnapshot correct(UUID id, String ifMatch, @Valid RegisterWorkshop command) {
        Workshop workshop = locked(id, ifMatch);
        workshop.correct(command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
        outbox.record(new WorkshopUpdated(workshop.snapshot()));
        return workshop.snapshot();
    }

    @Transactional
    public WorkshopSnapshot changeStatus(UUID id, String ifMatch, @Valid ChangeWorkshopStatus command) {
        Workshop workshop = locked(id, ifMatch);
        workshop.changeStatus(command.status());
        outbox.record(new WorkshopStatusChanged(workshop.snapshot()));
        return workshop.snapshot();
    }

    @Transactional
    public WorkshopSnapshot get(UUID id) {
        WorkshopSnapshot workshop = workshops.findByIdOptional(id).orElseThrow(() -> notFound(id)).snapshot();
        scope.requireRead(workshop.county());
        return workshop;
    }

    @Transactional
    public Page<WorkshopSnapshot> list(String county, UUID siteId, WorkshopStatus status, String cursor, int limit) {
        return Lists.page(ListQuery.byId().where("county", Lists.county(scope, county)).where("siteId", siteId).where("status", status)
                .after(Lists.after(cursor)).fetch(workshops, limit), limit, Workshop::snapshot);
    }

    private Workshop locked(UUID id, String ifMatch) {
        Workshop workshop = workshops.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(workshop.county());
        ETags.requireMatch(ifMatch, workshop.version());
        return workshop;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Workshop " + id + " does not exist");
    }
}
