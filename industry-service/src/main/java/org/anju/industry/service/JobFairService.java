package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.JobFair;
import org.anju.industry.event.JobFairRecorded;
import org.anju.industry.event.JobFairSnapshot;
import org.anju.industry.event.JobFairUpdated;
import org.anju.industry.repository.JobFairRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Job fairs (招聘会) per county. */
@ApplicationScoped
public class JobFairService extends CountyRecordService<JobFair, RecordJobFair, JobFairSnapshot, JobFairView> {

    JobFairService(JobFairRepository fairs, Outbox outbox, CountyScope scope) {
        super(fairs, "Job fair", JobFairRecorded::new, JobFairUpdated::new, outbox, scope);
    }

    @Override
    JobFair create(RecordJobFair command) {
        return new JobFair(UUID.randomUUID(), command.heldOn(), command.county(), command.employers(),
                command.registrations(), command.hires());
    }

    @Override
    void correct(JobFair fair, RecordJobFair command) {
        fair.correct(command.heldOn(), command.county(), command.employers(), command.registrations(), command.hires());
    }

    @Override
    JobFairSnapshot snapshot(JobFair fair) {
        return Snapshots.jobFair(fair);
    }

    @Override
    JobFairView view(JobFair fair) {
        return Views.jobFair(fair);
    }
}
