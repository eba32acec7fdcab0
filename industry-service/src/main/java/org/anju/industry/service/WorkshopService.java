package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.domain.Workshop;
import org.anju.industry.domain.WorkshopStatus;
import org.anju.industry.event.WorkshopRegistered;
import org.anju.industry.event.WorkshopSnapshot;
import org.anju.industry.event.WorkshopStatusChanged;
import org.anju.industry.event.WorkshopUpdated;
import org.anju.industry.repository.WorkshopRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Poverty-alleviation workshops; their employees are employment records with channel WORKSHOP. */
@ApplicationScoped
public class WorkshopService extends CountyRecordService<Workshop, RegisterWorkshop, WorkshopSnapshot, WorkshopView> {

    private final EmploymentService employments;
    private final References references;

    WorkshopService(WorkshopRepository workshops, EmploymentService employments, References references, Outbox outbox,
                    CountyScope scope) {
        super(workshops, "Workshop", WorkshopRegistered::new, WorkshopUpdated::new, outbox, scope);
        this.employments = employments;
        this.references = references;
    }

    @Override
    Workshop create(RegisterWorkshop command) {
        return new Workshop(UUID.randomUUID(), command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
    }

    @Override
    void correct(Workshop workshop, RegisterWorkshop command) {
        workshop.correct(command.name(), command.operatingCompany(), command.county(),
                references.siteOrNone(command.siteId()), command.jobsOffered());
    }

    @Override
    WorkshopSnapshot snapshot(Workshop workshop) {
        return Snapshots.workshop(workshop);
    }

    @Override
    WorkshopView view(Workshop workshop) {
        return Views.workshop(workshop);
    }

    @Transactional
    public WorkshopView changeStatus(UUID id, String ifMatch, @Valid ChangeWorkshopStatus command) {
        Workshop workshop = locked(id, ifMatch);
        workshop.changeStatus(command.status());
        return publish(workshop, WorkshopStatusChanged::new);
    }

    @Transactional
    public Page<WorkshopView> list(CountyCode county, UUID siteId, WorkshopStatus status, String cursor, int limit) {
        return list(ListQuery.byId(Workshop::id).where("siteId", siteId).where("status", status), county, cursor, limit);
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
}
