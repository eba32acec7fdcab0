package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.JobFair;
import org.anju.industry.domain.JobFairSnapshot;
import org.anju.industry.event.JobFairRecorded;
import org.anju.industry.event.JobFairUpdated;
import org.anju.industry.repository.JobFairRepository;
import org.anju.industry.repository.ListQuery;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

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
    public JobFairSnapshot record(@Valid RecordJobFair command) {
        scope.requireWrite(command.county());
        JobFair fair = new JobFair(UUID.randomUUID(), command.heldOn(), command.county(), command.employers(),
                command.registrations(), command.hires());
        fairs.persist(fair);
        outbox.record(new JobFairRecorded(fair.snapshot()));
        return fair.snapshot();
    }

    @Transactional
    public JobFairSnapshot correct(UUID id, String ifMatch, @Valid RecordJobFair command) {
        JobFair fair = fairs.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(fair.county());
        ETags.requireMatch(ifMatch, fair.version());
        fair.correct(command.heldOn(), command.county(), command.employers(), command.registrations(), command.hires());
        outbox.record(new JobFairUpdated(fair.snapshot()));
        return fair.snapshot();
    }

    @Transactional
    public JobFairSnapshot get(UUID id) {
        JobFairSnapshot found = fairs.findByIdOptional(id).map(JobFair::snapshot)
                .orElseThrow(() -> notFound(id));
        scope.requireRead(found.county());
        return found;
    }

    @Transactional
    public Page<JobFairSnapshot> list(String county, String cursor, int limit) {
        return Lists.page(ListQuery.byId().where("county", Lists.county(scope, county)).after(Lists.after(cursor)).fetch(fairs, limit),
                limit, JobFair::snapshot);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Job fair " + id + " does not exist");
    }
}
