package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.JobFair;
import org.anju.industry.domain.JobFairSnapshot;
import org.anju.industry.event.JobFairRecorded;
import org.anju.industry.repository.JobFairRepository;
import org.anju.industry.repository.ListQuery;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.util.UUID;

@ApplicationScoped
public class JobFairService {

    private final JobFairRepository fairs;
    private final Outbox outbox;

    JobFairService(JobFairRepository fairs, Outbox outbox) {
        this.fairs = fairs;
        this.outbox = outbox;
    }

    @Transactional
    public JobFairSnapshot record(@Valid RecordJobFair command) {
        JobFair fair = new JobFair(UUID.randomUUID(), command.heldOn(), command.county(), command.employers(),
                command.registrations(), command.hires());
        fairs.persist(fair);
        outbox.record(new JobFairRecorded(fair.snapshot()));
        return fair.snapshot();
    }

    @Transactional
    public JobFairSnapshot get(UUID id) {
        return fairs.findByIdOptional(id).map(JobFair::snapshot)
                .orElseThrow(() -> new NotFoundException("Job fair " + id + " does not exist"));
    }

    @Transactional
    public Page<JobFairSnapshot> list(String county, String cursor, int limit) {
        return Lists.page(ListQuery.byId().where("county", county).after(Lists.after(cursor)).fetch(fairs, limit),
                limit, JobFair::snapshot);
    }
}
