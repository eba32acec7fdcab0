package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.Household;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportRowError;
import org.anju.households.domain.PovertyVillage;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.event.HouseholdRegistered;
import org.anju.households.repository.HouseholdRepository;
import org.anju.households.repository.ImportJobRepository;
import org.anju.households.repository.ImportRowErrorRepository;
import org.anju.households.repository.SiteRepository;
import org.anju.households.repository.VillageRepository;
import org.anju.households.rest.ImportJobResponse.RowError;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.problem.DomainRuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs one import job: reads the file in order, checks each household, and commits chunks of
 * households in one transaction each (batched inserts, events through the outbox) together with
 * the chunk's row errors and the job's progress. A household is imported whole or not at all.
 */
@ApplicationScoped
public class HouseholdImport {

    private static final Logger LOG = Logger.getLogger(HouseholdImport.class);

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository rowErrors;
    private final HouseholdRepository households;
    private final SiteRepository sites;
    private final VillageRepository villages;
    private final Outbox outbox;
    private final int chunkSize;

    public HouseholdImport(ImportJobRepository jobs, ImportRowErrorRepository rowErrors, HouseholdRepository households,
                           SiteRepository sites, VillageRepository villages, Outbox outbox,
                           @ConfigProperty(name = "anju.households.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.jobs = jobs;
        this.rowErrors = rowErrors;
        this.households = households;
        this.sites = sites;
        this.villages = villages;
        this.outbox = outbox;
        this.chunkSize = chunkSize;
    }

    private record Input(ImportJob.Format format, byte[] content, String countyScope) {
    }

    /** What the whole run remembers across chunks: where each ID number and registry number was first seen. */
    private static final class FileState {
        final Map<String, Integer> idNumberRows = new HashMap<>();
        final Map<String, Integer> registryNumberRows = new HashMap<>();
        final Map<UUID, String> siteCounties = new HashMap<>();
    }

    public void run(UUID jobId) {
        // claimed under a row lock, so that of several replicas resuming queued jobs only one runs each;
        // the file is a lazily loaded column, read inside the transaction
        Input input = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.findForUpdate(jobId).orElse(null);
            return job != null && job.claim() ? new Input(job.format(), job.content(), job.countyScope()) : null;
        });
        if (input == null) {
            return;
        }
        ImportJob.Format format = input.format();
        byte[] content = input.content();
        String countyScope = input.countyScope();
        long started = System.nanoTime();
        try {
            long total;
            try (Stream<HouseholdFile.Row> rows = HouseholdFile.rows(format, content)) {
                total = rows.count();
            }
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).counted(Math.toIntExact(total)));
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
                finished.complete();
                return finished;
            });
            LOG.infof("Import job %s: %d rows, %d households imported, %d rejected, in %d ms", jobId, done.rowsDone(),
                    done.householdsImported(), done.householdsRejected(), (System.nanoTime() - started) / 1_000_000);
        } catch (HouseholdFile.Unreadable e) {
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).fail(e.getMessage()));
        } catch (UncheckedIOException e) {
            // a malformed file part-way through: what came before it is imported and reported
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).fail("The file is not well-formed " + format
                    + " (" + e.getCause().getMessage() + "); the " + jobs.findById(jobId).rowsDone() + " rows before were processed"));
        } catch (RuntimeException e) {
            LOG.errorf("Import job %s stopped on %s", jobId, causes(e));
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId)
                    .fail("The import stopped on an internal error; the households counted as imported were committed"));
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
        String number = first.get(HouseholdFile.REGISTRY_NUMBER);
        return !number.isEmpty() && number.equals(row.get(HouseholdFile.REGISTRY_NUMBER));
    }

    private void commit(UUID jobId, List<ImportedHousehold> chunk, String countyScope, FileState state) {
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
                        RowError error = new RowError(household.firstRow().number(), HouseholdFile.REGISTRY_NUMBER,
                                "conflicts with a household registered while the import ran; nothing of this household was imported");
                        rowErrors.persist(new ImportRowError(jobId, error.row(), error.field(), error.message()));
                        jobs.findById(jobId).progress(household.rows().size(), 0, 1, 1);
                    });
                }
            }
        }
    }

    /**
     * Checks and imports households in the current transaction. {@code firstAttempt} is false when
     * retrying after a failed chunk: the file-level checks already ran and are not repeated.
     */
    private void importChunk(UUID jobId, List<ImportedHousehold> chunk, String countyScope, FileState state, boolean firstAttempt) {
        if (firstAttempt) {
            for (ImportedHousehold household : chunk) {
                household.check(countyScope);
                checkAgainstFile(household, state);
            }
        }
        List<ImportedHousehold> candidates = chunk.stream().filter(ImportedHousehold::valid).toList();
        checkAgainstRegistry(candidates, state);
        int imported = 0;
        int rejected = 0;
        int rows = 0;
        List<ImportRowError> errors = new ArrayList<>();
        for (ImportedHousehold household : chunk) {
            rows += household.rows().size();
            if (household.valid()) {
                Household registered = Household.register(household.county(), household.details(), household.members());
                households.persist(registered);
                outbox.record(new HouseholdRegistered(Views.snapshot(registered)));
                imported++;
            } else {
                rejected++;
                household.errors().forEach(error -> errors.add(new ImportRowError(jobId, error.row(), error.field(), error.message())));
            }
        }
        rowErrors.persist(errors);
        jobs.findById(jobId).progress(rows, imported, rejected, errors.size());
    }

    /** Registry numbers and ID numbers appear once in the file. */
    private static void checkAgainstFile(ImportedHousehold household, FileState state) {
        String registryNumber = household.registryNumber();
        if (!registryNumber.isEmpty()) {
            Integer earlier = state.registryNumberRows.putIfAbsent(registryNumber, household.firstRow().number());
            if (earlier != null) {
                household.error(household.firstRow(), HouseholdFile.REGISTRY_NUMBER,
                        "the household is already on row " + earlier + "; keep a household's rows together");
            }
        }
        for (HouseholdFile.Row row : household.rows()) {
            String idNumber = row.get(HouseholdFile.ID_NUMBER).toUpperCase(java.util.Locale.ROOT);
            if (idNumber.length() == 18) {
                Integer earlier = state.idNumberRows.putIfAbsent(idNumber, row.number());
                if (earlier != null) {
                    household.error(row, HouseholdFile.ID_NUMBER, "the same ID number is already on row " + earlier);
                }
            }
        }
    }

    /** Against what is registered: unique registry and ID numbers, existing sites and villages of the household's county. */
    private void checkAgainstRegistry(List<ImportedHousehold> candidates, FileState state) {
        if (candidates.isEmpty()) {
            return;
        }
        Set<String> registered = new HashSet<>(households.existingRegistryNumbers(
                candidates.stream().map(ImportedHousehold::registryNumber).toList()));
        Map<String, String> owners = households.householdsOfIdNumbers(candidates.stream()
                .flatMap(household -> household.members().stream().map(member -> member.idNumber())).toList(), null);
        resolveSites(candidates, state);
        Map<UUID, PovertyVillage> villagesOfChunk = villagesOf(candidates);
        for (ImportedHousehold household : candidates) {
            if (registered.contains(household.registryNumber())) {
                household.error(household.firstRow(), HouseholdFile.REGISTRY_NUMBER, "the household is already registered");
            }
            household.members().forEach(member -> {
                String owner = owners.get(member.idNumber());
                if (owner != null) {
                    household.errorAtIdNumber(member.idNumber(), "is already a member of household " + owner);
                }
            });
            checkSite(household, state.siteCounties);
            checkVillage(household, villagesOfChunk);
        }
    }

    /** A site's county never changes: it is looked up once per file. */
    private void resolveSites(List<ImportedHousehold> candidates, FileState state) {
        for (ImportedHousehold household : candidates) {
            UUID siteId = household.details().siteId();
            if (siteId != null && !state.siteCounties.containsKey(siteId)) {
                state.siteCounties.put(siteId, sites.findByIdOptional(siteId).map(ResettlementSite::county).orElse(null));
            }
        }
    }

    /** The chunk's villages, share-locked like a single registration, so that none is relocated while households join it. */
    private Map<UUID, PovertyVillage> villagesOf(List<ImportedHousehold> candidates) {
        Map<UUID, PovertyVillage> found = new HashMap<>();
        candidates.stream().map(household -> household.details().villageId()).filter(Objects::nonNull).distinct()
                .forEach(id -> villages.findForShare(id).ifPresent(village -> found.put(id, village)));
        return found;
    }

    private static void checkVillage(ImportedHousehold household, Map<UUID, PovertyVillage> villagesOfChunk) {
        UUID villageId = household.details().villageId();
        if (villageId == null) {
            return;
        }
        PovertyVillage village = villagesOfChunk.get(villageId);
        if (village == null) {
            household.error(household.firstRow(), HouseholdFile.VILLAGE_ID, "no village has this id");
        } else if (!village.county().equals(household.county())) {
            household.error(household.firstRow(), HouseholdFile.VILLAGE_ID,
                    "the village is in county " + village.county() + ", the household in " + household.county());
        } else {
            try {
                village.requireOpenForHouseholds();
            } catch (DomainRuleViolation closed) {
                household.error(household.firstRow(), HouseholdFile.VILLAGE_ID, closed.getMessage());
            }
        }
    }

    private static void checkSite(ImportedHousehold household, Map<UUID, String> siteCounties) {
        UUID siteId = household.details().siteId();
        if (siteId == null) {
            return;
        }
        String county = siteCounties.get(siteId);
        if (county == null) {
            household.error(household.firstRow(), HouseholdFile.SITE_ID, "no site has this id");
        } else if (!county.equals(household.county())) {
            household.error(household.firstRow(), HouseholdFile.SITE_ID,
                    "the site is in county " + county + ", the household in " + household.county());
        }
    }
}
