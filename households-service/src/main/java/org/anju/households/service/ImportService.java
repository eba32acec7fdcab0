package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.anju.households.domain.ImportFormat;
import org.anju.households.domain.ImportJob;
import org.anju.households.repository.ImportJobRepository;
import org.anju.households.repository.ImportRowErrorRepository;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;
import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk imports of households: a job is stored with its file and answered at once; the imports run
 * one at a time in the background (they are CPU and database bound, so running several at once
 * would not finish sooner), and a job queued when the service stopped runs after it starts again.
 * A job whose service stopped while running it is failed once it has been quiet for a while.
 */
@ApplicationScoped
public class ImportService {

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository rowErrors;
    private final HouseholdImport householdImport;
    private final CountyScope countyScope;
    private final ProgrammeClock clock;
    private final Duration quietAfter;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> new Thread(task, "household-import"));

    public ImportService(ImportJobRepository jobs, ImportRowErrorRepository rowErrors, HouseholdImport householdImport,
                         CountyScope countyScope, ProgrammeClock clock,
                         @ConfigProperty(name = "anju.households.import.quiet-after", defaultValue = "10M") Duration quietAfter) {
        this.jobs = jobs;
        this.rowErrors = rowErrors;
        this.householdImport = householdImport;
        this.countyScope = countyScope;
        this.clock = clock;
        this.quietAfter = quietAfter;
    }

    /** Stores the file as a queued job and starts it once stored; a county officer imports only into their county. */
    public ImportJobView submit(ImportFormat format, byte[] content, String submittedBy) {
        CountyCode ownCounty = countyScope.readFilter().map(county -> CountyCode.of(county, HouseholdFile.COUNTY)).orElse(null);
        ImportJob job = ImportJob.queue(format, content, CountyCode.codeOf(ownCounty), submittedBy, clock.now());
        QuarkusTransaction.requiringNew().run(() -> jobs.persist(job));
        // the task holds the id only: a queued job's file is in the database, not on the heap
        // (a hundred queued 4 MB files once ran the service out of memory)
        UUID id = job.id();
        runner.execute(() -> householdImport.run(id));
        return Views.importJob(job, List.of());
    }

    @Transactional
    public ImportJobView get(UUID id) {
        ImportJob job = jobs.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("Import", id));
        Optional<String> ownCounty = countyScope.readFilter();
        if (ownCounty.isPresent() && !ownCounty.get().equals(job.countyScope())) {
            throw new ForbiddenException("You may read only the imports of county " + ownCounty.get());
        }
        return Views.importJob(job, rowErrors.ofJob(id));
    }

    /** Queued jobs run after a restart; whichever replica claims one first runs it. */
    void resumeAfterRestart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().call(() -> jobs.idsWithStatus(ImportJob.Status.QUEUED))
                .forEach(id -> runner.execute(() -> householdImport.run(id)));
    }

    /** A running job commits a chunk every few seconds: one silent for minutes lost its worker. */
    @Scheduled(every = "1m", delayed = "1m")
    @Transactional
    void failQuietJobs() {
        Instant now = clock.now();
        Instant threshold = now.minus(quietAfter);
        jobs.quietRunningJobs(threshold).forEach(job -> job.failIfQuietSince(threshold, now));
    }

    void stop(@Observes ShutdownEvent stop) {
        runner.shutdownNow();
    }
}
