package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.anju.households.domain.ImportFormat;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportKind;
import org.anju.households.domain.ImportStatus;
import org.anju.households.repository.ImportFileRepository;
import org.anju.households.repository.ImportJobRepository;
import org.anju.households.repository.ImportRowErrorRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.PersonalData;
import org.anju.platform.security.Refused;
import org.anju.platform.tabular.TabularFormat;
import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk imports: a job is stored with its file and answered at once; the imports run one at a time
 * in the background ({@link ImportRunner}: they are CPU and database bound, so running several at
 * once would not finish sooner), and a job queued when the service stopped runs after it starts
 * again. A job whose service stopped while running it is failed once it has been quiet for a while.
 * The uploaded file streams to a temporary file and from there into the database: it never sits
 * whole on the heap.
 */
@ApplicationScoped
public class ImportService {

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository rowErrors;
    private final ImportFileRepository files;
    private final ImportRunner runner;
    private final StoredMessages messages;
    private final CountyScope countyScope;
    private final PersonalData personalData;
    private final RequestLocale locale;
    private final ProgrammeClock clock;
    private final Duration quietAfter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> new Thread(task, "household-import"));

    public ImportService(ImportJobRepository jobs, ImportRowErrorRepository rowErrors, ImportFileRepository files, ImportRunner runner,
                         StoredMessages messages, CountyScope countyScope, PersonalData personalData, RequestLocale locale, ProgrammeClock clock,
                         @ConfigProperty(name = "anju.households.import.quiet-after", defaultValue = "10M") Duration quietAfter) {
        this.jobs = jobs;
        this.rowErrors = rowErrors;
        this.files = files;
        this.runner = runner;
        this.messages = messages;
        this.countyScope = countyScope;
        this.personalData = personalData;
        this.locale = locale;
        this.clock = clock;
        this.quietAfter = quietAfter;
    }

    /**
     * Stores the uploaded file as a queued job and starts it once stored; a county officer imports
     * only into their county. A dry run checks everything and stores nothing but its row errors.
     */
    public ImportJobView submit(ImportKind kind, ImportFormat format, boolean dryRun, InputStream upload, String submittedBy) {
        String ownCounty = countyScope.readFilter().orElse(null);
        boolean seesIdNumbers = personalData.unmasked();
        Path file = null;
        try {
            file = Files.createTempFile("anju-upload-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            Path stored = file;
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob queued = ImportJob.queue(kind, format, dryRun, files.store(stored), ownCounty, submittedBy,
                        seesIdNumbers, clock.now());
                jobs.persist(queued);
                return queued;
            });
            // the task holds the id only: a queued job's file is in the database, not on the heap
            UUID id = job.id();
            worker.execute(() -> runner.run(id));
            return Views.importJob(job, List.of(), messages, locale.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    @Transactional
    public ImportJobView get(UUID id) {
        ImportJob job = jobs.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound("Import", id));
        Optional<String> ownCounty = countyScope.readFilter();
        if (ownCounty.isPresent() && !ownCounty.get().equals(job.countyScope())) {
            throw new Refused(Message.of("import.read-own-county", ownCounty.get()));
        }
        return Views.importJob(job, rowErrors.ofJob(id), messages, locale.get());
    }

    /** The blank file of an import: Chinese headers, an example, drop-down lists and an explanation sheet (XLSX). */
    public byte[] template(ImportKind kind, TabularFormat format) {
        return (kind == ImportKind.HOUSEHOLDS ? HouseholdColumns.HOUSEHOLD_TEMPLATE : HouseholdColumns.UPDATE_TEMPLATE).write(format);
    }

    /** Queued jobs run after a restart; whichever replica claims one first runs it. */
    void resumeAfterRestart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().call(() -> jobs.idsWithStatus(ImportStatus.QUEUED))
                .forEach(id -> worker.execute(() -> runner.run(id)));
    }

    /** A running job commits a chunk every few seconds: one silent for minutes lost its worker. */
    @Scheduled(every = "1m", delayed = "1m")
    @Transactional
    void failQuietJobs() {
        Instant now = clock.now();
        Instant threshold = now.minus(quietAfter);
        String reason = messages.of(Message.of("import.failed-quiet"));
        jobs.quietRunningJobs(threshold).stream().filter(job -> job.isQuietSince(threshold)).forEach(job -> {
            Long file = job.fail(reason, now);
            if (file != null) {
                files.delete(file);
            }
        });
    }

    void stop(@Observes ShutdownEvent stop) {
        worker.shutdownNow();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file: the system cleans its temporary directory
            }
        }
    }
}
