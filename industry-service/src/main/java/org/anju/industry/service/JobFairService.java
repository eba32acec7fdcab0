package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.JobFair;
import org.anju.industry.event.JobFairRecorded;
import org.anju.industry.event.JobFairUpdated;
import org.anju.industry.repository.JobFairRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Job fairs (招聘会) per county. */
@ApplicationScoped
public class JobFairService {

    private final JobFairRepository fairs;
    private final Outbox outbox;
    private final CountyScope scope;

    JobFairService(JobFairRepository fairs, Outbox outbox, CountyScope scope) {
        this.fairs = fairs;
        this.outbox = outbox;
        this.scope = scope;
    }

    @Transactional
    public JobFairView record(@Valid RecordJobFair command) {
        scope.requireWrite(command.county());
        JobFair fair = new JobFair(UUID.randomUUID(), command.heldOn(), command.county(), command.employers(),
                command.registrations(), command.hires());
        fairs.persist(fair);
        outbox.record(new JobFairRecorded(Snapshots.jobFair(fair)));
        return Views.jobFair(fair);
    }

    @Transactional
    public JobFairView correct(UUID id, String ifMatch, @Valid RecordJobFair command) {
        JobFair fair = fairs.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(fair.county());
        ETags.requireMatch(ifMatch, fair.version());
        fair.correct(command.heldOn(), command.county(), command.employers(), command.registrations(), command.hires());
        outbox.record(new JobFairUpdated(Snapshots.jobFair(fair)));
        return Views.jobFair(fair);
    }

    @Transactional
    public JobFairView get(UUID id) {
        JobFair fair = fairs.findByIdOptional(id).orElseThrow(() -> notFound(id));
        scope.requireRead(fair.county());
        return Views.jobFair(fair);
    }

    @Transactional
    public Page<JobFairView> list(CountyCode county, String cursor, int limit) {
        return ListQuery.byId(JobFair::id)
                .where("county", scope.listCounty(county))
                .after(cursor)
                .page(fairs, limit)
                .map(Views::jobFair);
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Job fair", id);
    }
}
