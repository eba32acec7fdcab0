package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.anju.households.domain.Household;
import org.anju.households.domain.ImportFormat;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportRowError;
import org.anju.households.event.HouseholdRegistered;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.ImportJobRepository;
import org.anju.households.repository.ImportRowErrorRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.RuleViolation;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.text.Identifiers;
import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs one import job: reads the file in order, checks each household as the JSON API would
 * ({@link ImportedHousehold}, then {@link RegistrationChecks} for a whole chunk) plus what only a
 * file can break (a household's rows apart, a person on two households' rows), and commits chunks
 * of households in one transaction each (batched inserts, events through the outbox) together with
 * the chunk's row errors and the job's progress. A household is imported whole or not at all.
 */
@ApplicationScoped
public class HouseholdImport {

    private static final Logger LOG = Logger.getLogger(HouseholdImport.class);

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository rowErrors;
    private final HouseholdRepository households;
    private final RegistrationChecks registry;
    private final Outbox outbox;
    private final Validator validator;
    private final ProgrammeClock clock;
    private final int chunkSize;

    public HouseholdImport(ImportJobRepository jobs, ImportRowErrorRepository rowErrors, HouseholdRepository households,
                           RegistrationChecks registry, Outbox outbox, Validator validator, ProgrammeClock clock,
                           @ConfigProperty(name = "anju.households.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.jobs = jobs;
        this.rowErrors = rowErrors;
        this.households = households;
        this.registry = registry;
        this.outbox = outbox;
        this.validator = validator;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    private record Input(ImportFormat format, byte[] content, CountyCode countyScope) {
    }

    /** What the whole run remembers across chunks: where each ID number and registry number was first seen. */
    private static final class FileState {
        final Map<String, Integer> idNumberRows = new HashMap<>();
        final Map<String, Integer> registryNumberRows = new HashMap<>();
    }

    public void run(UUID jobId) {
        // claimed under a row lock, so that of several replicas resuming queued jobs only one runs each;
        // the file is a lazily loaded column, read inside the transaction
        Input input = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.findForUpdate(jobId).orElse(null);
            return job != null && job.claim(clock.now())
                    ? new Input(job.format(), job.content(), CountyCode.ofNullable(job.countyScope(), HouseholdFile.COUNTY))
                    : null;
        });
        if (input == null) {
            return;
        }
        ImportFormat format = input.format();
        byte[] content = input.content();
        CountyCode countyScope = input.countyScope();
        long started = System.nanoTime();
        try {
            long total;
            try (Stream<HouseholdFile.Row> rows = HouseholdFile.rows(format, content)) {
                total = rows.count();
            }
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).counted(Math.toIntExact(total), clock.now()));
            FileState state = new FileState();
            try (Stream<HouseholdFile.Row> rows = HouseholdFile.rows(format, content)) {
                Iterator<HouseholdFile.Row> iterator = rows.iterator();
                List<ImportedHousehold> chunk = new ArrayList<>();
                List<HouseholdFile.Row> current = new ArrayList<>();
                while (iterator.hasNext()) {
                    HouseholdFile.Row row = iterator.next();
                    if (!current.isEmpty() && !sameHousehold(current.get(0), row)) {
                        chunk.add(new ImportedHousehold(current));
                        current = new ArrayList<>();
                        if (chunk.size() == chunkSize) {
                            commit(jobId, chunk, countyScope, state);
                            chunk = new ArrayList<>();
                        }
                    }
                    current.add(row);
                }
                if (!current.isEmpty()) {
                    chunk.add(new ImportedHousehold(current));
                }
                if (!chunk.isEmpty()) {
                    commit(jobId, chunk, countyScope, state);
                }
            }
            ImportJob done = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob finished = jobs.findById(jobId);
                finished.complete(clock.now());
                return finished;
            });
            LOG.infof("Import job %s: %d rows, %d households imported, %d rejected, in %d ms", jobId, done.rowsDone(),
                    done.householdsImported(), done.householdsRejected(), (System.nanoTime() - started) / 1_000_000);
        } catch (HouseholdFile.Unreadable e) {
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).fail(e.getMessage(), clock.now()));
        } catch (UncheckedIOException e) {
            // a malformed file part-way through: what came before it is imported and reported
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).fail("The file is not well-formed " + format
                    + " (" + e.getCause().getMessage() + "); the " + jobs.findById(jobId).rowsDone() + " rows before were processed",
                    clock.now()));
        } catch (RuntimeException e) {
            LOG.errorf("Import job %s stopped on %s", jobId, causes(e));
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId)
                    .fail("The import stopped on an internal error; the households counted as imported were committed", clock.now()));
        }
    }

    /**
     * The exception chain by class only: messages of database errors quote the offending values,
     * ID numbers among them, and those are never logged.
     */
    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
            chain.append(" <- ").append(root.getClass().getName());
        }
        StackTraceElement[] at = root.getStackTrace();
        return at.length > 0 ? chain + " at " + at[0] : chain.toString();
    }

    /** A household's rows are consecutive rows with the same registry number; a row without one stands alone. */
    private static boolean sameHousehold(HouseholdFile.Row first, HouseholdFile.Row row) {
        String number = Identifiers.normalise(first.get(HouseholdFile.REGISTRY_NUMBER));
        return !number.isEmpty() && number.equals(Identifiers.normalise(row.get(HouseholdFile.REGISTRY_NUMBER)));
    }

    private void commit(UUID jobId, List<ImportedHousehold> chunk, CountyCode countyScope, FileState state) {
        try {
            QuarkusTransaction.requiringNew().run(() -> importChunk(jobId, chunk, countyScope, state, true));
        } catch (RuntimeException e) {
            // a household registered meanwhile by someone else broke the chunk at commit: one transaction per household
            LOG.warnf("Import job %s: a chunk failed at commit (%s); importing its households one by one", jobId, causes(e));
            for (ImportedHousehold household : chunk) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> importChunk(jobId, List.of(household), countyScope, state, false));
                } catch (RuntimeException single) {
                    QuarkusTransaction.requiringNew().run(() -> {
                        rowErrors.persist(new ImportRowError(jobId, household.firstRow().number(), HouseholdFile.REGISTRY_NUMBER, null,
                                "conflicts with a household registered while the import ran; nothing of this household was imported"));
                        jobs.findById(jobId).progress(household.rows().size(), 0, 1, 1, clock.now());
                    });
                }
            }
        }
    }

    /**
     * Checks and imports households in the current transaction. {@code firstAttempt} is false when
     * retrying after a failed chunk: the file-level checks already ran and are not repeated.
     */
    private void importChunk(UUID jobId, List<ImportedHousehold> chunk, CountyCode countyScope, FileState state, boolean firstAttempt) {
        LocalDate today = clock.today();
        if (firstAttempt) {
            for (ImportedHousehold household : chunk) {
                household.check(countyScope, validator, today);
                checkAgainstFile(household, state);
            }
        }
        List<ImportedHousehold> candidates = chunk.stream().filter(ImportedHousehold::valid).toList();
        List<List<RuleViolation>> violations = registry.violations(candidates.stream().map(ImportedHousehold::registration).toList(), null);
        for (int i = 0; i < candidates.size(); i++) {
            violations.get(i).forEach(candidates.get(i)::report);
        }
        int imported = 0;
        int rejected = 0;
        int rows = 0;
        List<ImportRowError> errors = new ArrayList<>();
        for (ImportedHousehold household : chunk) {
            rows += household.rows().size();
            if (household.valid()) {
                RegisterHousehold registration = household.registration();
                Household registered = Household.register(registration.county().code(), registration.details(),
                        registration.memberDetails(), today);
                households.persist(registered);
                outbox.record(new HouseholdRegistered(Views.snapshot(registered)));
                imported++;
            } else {
                rejected++;
                household.errors().forEach(error ->
                        errors.add(new ImportRowError(jobId, error.row(), error.column(), error.rule(), error.message())));
            }
        }
        rowErrors.persist(errors);
        jobs.findById(jobId).progress(rows, imported, rejected, errors.size(), clock.now());
    }

    /** Registry numbers and ID numbers appear once in the file (an ID number twice in one household is the policy's to report). */
    private static void checkAgainstFile(ImportedHousehold household, FileState state) {
        RegisterHousehold registration = household.registration();
        String registryNumber = registration.registryNumber();
        if (!registryNumber.isEmpty()) {
            Integer earlier = state.registryNumberRows.putIfAbsent(registryNumber, household.firstRow().number());
            if (earlier != null) {
                household.report(new RuleViolation("registry-number-unique", "registryNumber",
                        "the household is already on row " + earlier + "; keep a household's rows together"));
            }
        }
        for (int i = 0; i < registration.members().size(); i++) {
            String idNumber = registration.members().get(i).idNumber();
            if (!idNumber.isEmpty()) {
                Integer earlier = state.idNumberRows.putIfAbsent(idNumber, household.rows().get(i).number());
                if (earlier != null) {
                    household.report(new RuleViolation("id-number-unique", "members[" + i + "].idNumber",
                            "the same ID number is already on row " + earlier));
                }
            }
        }
    }
}
