package org.anju.households.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportKind;
import org.anju.households.domain.ImportRowError;
import org.anju.households.repository.ImportFileRepository;
import org.anju.households.repository.ImportJobRepository;
import org.anju.households.repository.ImportRowErrorRepository;
import org.anju.platform.audit.AuditContext;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.tabular.Cells;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;
import org.anju.platform.tabular.TabularReader;
import org.anju.platform.tabular.UnreadableFile;
import org.anju.platform.text.Identifiers;
import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs one import job: copies its file out of the database into a temporary file, reads it with the
 * platform's {@link TabularReader} (CSV in UTF-8 or GBK, XLSX with merged cells filled down) twice —
 * once to count its rows and find households whose rows are not together, once to import — and
 * commits chunks of households in one transaction each together with their row errors and the
 * job's progress. A household's rows (consecutive rows with its registry number) are imported
 * whole or not at all. A dry run does all of it and rolls every chunk back, keeping only the row
 * errors and the progress.
 */
@ApplicationScoped
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);
    private static final Column KEY = HouseholdColumns.REGISTRY_NUMBER;

    private final ImportJobRepository jobs;
    private final ImportRowErrorRepository rowErrors;
    private final ImportFileRepository files;
    private final HouseholdImport households;
    private final HouseholdUpdateImport updates;
    private final StoredMessages messages;
    private final ProgrammeClock clock;
    private final int chunkSize;

    public ImportRunner(ImportJobRepository jobs, ImportRowErrorRepository rowErrors, ImportFileRepository files,
                        HouseholdImport households, HouseholdUpdateImport updates, StoredMessages messages, ProgrammeClock clock,
                        @ConfigProperty(name = "anju.households.import.chunk-size", defaultValue = "500") int chunkSize) {
        this.jobs = jobs;
        this.rowErrors = rowErrors;
        this.files = files;
        this.households = households;
        this.updates = updates;
        this.messages = messages;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** What a worker needs of a job it claimed. */
    record Claimed(UUID id, ImportKind kind, boolean dryRun, Long fileOid, CountyCode countyScope, String submittedBy,
                   boolean submitterSeesIdNumbers) {
    }

    /** A job that cannot go on: why, as a stored message. */
    private static final class Stopped extends RuntimeException {
        final String reason;

        Stopped(String reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    /** Ends a dry run's chunk: its transaction is rolled back, whatever it did. */
    private static final class DryRun extends RuntimeException {
        DryRun() {
            super(null, null, false, false);
        }
    }

    /**
     * Where the households of the file are: how many data rows it has, and for a registry number
     * whose rows stand in more than one place, the first row of each place.
     */
    private record Layout(int rows, Map<String, List<Integer>> scattered) {
    }

    /** A household's consecutive rows; {@code keyless} are rows without a registry number that followed it. */
    private record Rows(String key, List<SheetRow> rows, List<SheetRow> keyless) {
    }

    public void run(UUID jobId) {
        // claimed under a row lock, so that of several replicas resuming queued jobs only one runs each
        Claimed claimed = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.findForUpdate(jobId).orElse(null);
            return job != null && job.claim(clock.now())
                    ? new Claimed(jobId, job.kind(), job.dryRun(), job.fileOid(), CountyCode.ofNullable(job.countyScope(), "county"),
                    job.submittedBy(), job.submitterSeesIdNumbers())
                    : null;
        });
        if (claimed == null) {
            return;
        }
        // the records the import changes are audited as the submitter's, not the runner thread's
        try (AuditContext.Scope audited = AuditContext.onBehalfOf(claimed.submittedBy(), "import " + claimed.kind() + " " + jobId)) {
            run(claimed);
        }
    }

    private void run(Claimed claimed) {
        UUID jobId = claimed.id();
        long started = System.nanoTime();
        Path file = null;
        try {
            if (claimed.fileOid() == null) {
                throw new Stopped(messages.of(Message.of("import.failed-internal")));
            }
            file = Files.createTempFile("anju-import-", ".upload");
            Path copy = file;
            QuarkusTransaction.requiringNew().run(() -> files.copyTo(claimed.fileOid(), copy));
            if (claimed.kind() == ImportKind.HOUSEHOLDS) {
                run(claimed, file, households.start(claimed));
            } else {
                run(claimed, file, updates.start(claimed));
            }
            ImportJob done = finish(jobId, job -> job.complete(clock.now()));
            LOG.infof("Import job %s (%s%s): %d rows, %d households imported, %d rejected, in %d ms", jobId, claimed.kind(),
                    claimed.dryRun() ? ", dry run" : "", done.rowsDone(), done.householdsImported(), done.householdsRejected(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (Stopped stopped) {
            finish(jobId, job -> job.fail(stopped.reason, clock.now()));
        } catch (IOException | RuntimeException e) {
            LOG.errorf("Import job %s stopped on %s", jobId, causes(e));
            finish(jobId, job -> job.fail(messages.of(Message.of("import.failed-internal")), clock.now()));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warnf("Import job %s: could not delete its temporary file %s", jobId, file);
                }
            }
        }
    }

    private <G extends RowGroup> void run(Claimed job, Path file, ImportPass<G> pass) {
        Layout layout = survey(file, pass);
        QuarkusTransaction.requiringNew().run(() -> jobs.findById(job.id()).counted(layout.rows(), clock.now()));
        try (TabularReader reader = open(file); Stream<SheetRow> rows = reader.rows()) {
            Iterator<SheetRow> all = rows.iterator();
            Header header = header(all, pass);
            Iterator<Rows> households = households(dataRows(all, header, pass), header);
            List<G> chunk = new ArrayList<>();
            try {
                while (households.hasNext()) {
                    chunk.add(read(households.next(), header, pass, layout));
                    if (chunk.size() == chunkSize) {
                        commit(job, pass, chunk);
                        chunk = new ArrayList<>();
                    }
                }
            } catch (UnreadableFile unreadable) {
                throw brokenOff(reader, unreadable, QuarkusTransaction.requiringNew().call(() -> jobs.findById(job.id()).rowsDone()));
            }
            if (!chunk.isEmpty()) {
                commit(job, pass, chunk);
            }
        }
    }

    /** The first pass: the file's data rows counted, and the registry numbers whose rows are not together. */
    private Layout survey(Path file, ImportPass<?> pass) {
        try (TabularReader reader = open(file); Stream<SheetRow> rows = reader.rows()) {
            Iterator<SheetRow> all = rows.iterator();
            Header header = header(all, pass);
            int[] count = {0};
            Iterator<Rows> households = households(peek(dataRows(all, header, pass), row -> count[0]++), header);
            Map<String, List<Integer>> places = new HashMap<>();
            Map<String, List<Integer>> scattered = new HashMap<>();
            try {
                while (households.hasNext()) {
                    Rows household = households.next();
                    if (household.key() != null) {
                        List<Integer> starts = places.computeIfAbsent(household.key(), key -> new ArrayList<>(1));
                        starts.add(household.rows().get(0).number());
                        if (starts.size() > 1) {
                            scattered.put(household.key(), starts);
                        }
                    }
                }
            } catch (UnreadableFile unreadable) {
                throw brokenOff(reader, unreadable, 0);
            }
            return new Layout(count[0], scattered);
        }
    }

    private TabularReader open(Path file) {
        try {
            return TabularReader.open(file);
        } catch (UnreadableFile unreadable) {
            throw new Stopped(messages.of(unreadable));
        }
    }

    /**
     * The first row is the header: every required column must be there, found by its Chinese or
     * English header or its API field name; a missing one fails the job naming all three.
     */
    private Header header(Iterator<SheetRow> rows, ImportPass<?> pass) {
        SheetRow first;
        try {
            first = rows.hasNext() ? rows.next() : new SheetRow(1, List.of());
        } catch (UnreadableFile unreadable) {
            throw new Stopped(messages.of(unreadable));
        }
        List<Column> optional = pass.columns().stream()
                .map(column -> new Column(column.key(), column.zh(), column.en(), column.kind(), false, column.choices(),
                        column.hint(), column.example()))
                .toList();
        Header header = Header.locate(first, optional);
        List<String> missing = pass.columns().stream().filter(Column::required).filter(column -> !header.has(column))
                .map(column -> column.zh() + " (" + column.en() + ", " + column.key() + ")").toList();
        if (!missing.isEmpty()) {
            throw new Stopped(messages.of(Message.of("import.header-missing", String.join("; ", missing))));
        }
        return header;
    }

    /** A file that breaks off part-way stops the job; what came before it is imported and reported. */
    private Stopped brokenOff(TabularReader reader, UnreadableFile unreadable, int rowsDone) {
        return new Stopped(messages.of(language -> Messages.render(Message.of("import.failed-part-way", reader.format().name(),
                unreadable.detail(language), String.valueOf(rowsDone)), language)));
    }

    /** The rows with data: not blank, not one of the template's example rows left as they were. */
    private static Iterator<SheetRow> dataRows(Iterator<SheetRow> rows, Header header, ImportPass<?> pass) {
        return filter(rows, row -> !row.isBlank() && !pass.template().isExample(row, header));
    }

    /**
     * Consecutive rows with the same registry number are one household. A row without one continues
     * the household above it (a sheet that names the household on its first row only, or unmerged
     * cells): both are reported, neither imported, so that no household is imported in part.
     */
    private static Iterator<Rows> households(Iterator<SheetRow> rows, Header header) {
        return new Iterator<>() {
            private SheetRow pending;

            @Override
            public boolean hasNext() {
                return pending != null || rows.hasNext();
            }

            @Override
            public Rows next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SheetRow first = pending != null ? pending : rows.next();
                pending = null;
                String key = keyOf(first, header);
                List<SheetRow> members = new ArrayList<>(List.of(first));
                List<SheetRow> keyless = new ArrayList<>();
                while (rows.hasNext()) {
                    SheetRow row = rows.next();
                    String rowKey = keyOf(row, header);
                    if (rowKey == null && key != null) {
                        keyless.add(row);
                        members.add(row);
                    } else if (rowKey != null && rowKey.equals(key)) {
                        members.add(row);
                    } else {
                        pending = row;
                        break;
                    }
                }
                return new Rows(key, members, keyless);
            }
        };
    }

    private static String keyOf(SheetRow row, Header header) {
        // the registry number as written (its errors are the household's to report), whatever the kind of cell
        String text = Identifiers.normalise(Cells.text(header.cell(row, KEY)));
        return text == null || text.isEmpty() ? null : text;
    }

    /** A household's rows read, with what only the whole file shows: rows apart from the rest of their household. */
    private <G extends RowGroup> G read(Rows household, Header header, ImportPass<G> pass, Layout layout) {
        G group = pass.read(household.rows(), header);
        for (SheetRow row : household.keyless()) {
            group.error(row, KEY.key(), null, Message.of("import.registry-number-missing"));
        }
        List<Integer> places = household.key() == null ? null : layout.scattered().get(household.key());
        if (places != null) {
            int first = household.rows().get(0).number();
            int at = places.indexOf(first);
            Message where = at == 0
                    ? Message.of("rule.registry-number-unique.later-in-file", String.valueOf(places.get(1)))
                    : Message.of("rule.registry-number-unique.in-file", String.valueOf(places.get(0)));
            group.error(household.rows().get(0), KEY.key(), "registry-number-unique", where);
            if (at > 0) {
                group.markLaterPlace();
            }
        }
        return group;
    }

    /**
     * Commits a chunk in one transaction; if it fails (a household changed meanwhile by someone
     * else), each household in a transaction of its own, so that one conflict rejects one household.
     */
    private <G extends RowGroup> void commit(Claimed job, ImportPass<G> pass, List<G> chunk) {
        try {
            attempt(job, pass, chunk, true);
        } catch (RuntimeException e) {
            LOG.warnf("Import job %s: a chunk failed (%s); importing its households one by one", job.id(), causes(e));
            for (G group : chunk) {
                try {
                    attempt(job, pass, List.of(group), false);
                } catch (RuntimeException single) {
                    group.error(group.firstRow(), KEY.key(), null, pass.conflict());
                    QuarkusTransaction.requiringNew().run(() -> record(job.id(), List.of(group)));
                }
            }
        }
    }

    private <G extends RowGroup> void attempt(Claimed job, ImportPass<G> pass, List<G> chunk, boolean firstAttempt) {
        if (job.dryRun()) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    pass.apply(chunk, firstAttempt);
                    throw new DryRun();
                });
            } catch (RuntimeException e) {
                if (!(e instanceof DryRun) && !(e.getCause() instanceof DryRun)) {
                    throw e;
                }
            }
            QuarkusTransaction.requiringNew().run(() -> record(job.id(), chunk));
        } else {
            QuarkusTransaction.requiringNew().run(() -> {
                pass.apply(chunk, firstAttempt);
                record(job.id(), chunk);
            });
        }
    }

    /** The chunk's row errors and the job's progress. */
    private void record(UUID jobId, List<? extends RowGroup> chunk) {
        int rows = 0;
        int imported = 0;
        int rejected = 0;
        List<ImportRowError> errors = new ArrayList<>();
        for (RowGroup group : chunk) {
            rows += group.rows().size();
            imported += group.valid() ? 1 : 0;
            // a household whose rows stand in several places is rejected once, at its first place
            rejected += !group.valid() && group.countsAsHousehold() ? 1 : 0;
            group.errors().forEach(error -> errors.add(new ImportRowError(jobId, error.row(), error.column(), error.rule(),
                    stored(error.reason()))));
        }
        rowErrors.persist(errors);
        jobs.findById(jobId).progress(rows, imported, rejected, errors.size(), clock.now());
    }

    private String stored(Object reason) {
        if (reason instanceof Message message) {
            return messages.of(message);
        }
        if (reason instanceof ConstraintViolation<?> violation) {
            return messages.of(violation);
        }
        throw new IllegalArgumentException("not a reason: " + reason.getClass());
    }

    /** Ends the job in a transaction of its own and removes its file. */
    private ImportJob finish(UUID jobId, Function<ImportJob, Long> end) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = jobs.findById(jobId);
            Long file = end.apply(job);
            if (file != null) {
                files.delete(file);
            }
            return job;
        });
    }

    /**
     * The exception chain by class only: messages of database errors quote the offending values,
     * ID numbers among them, and those are never logged.
     */
    static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
            chain.append(" <- ").append(root.getClass().getName());
        }
        StackTraceElement[] at = root.getStackTrace();
        return at.length > 0 ? chain + " at " + at[0] : chain.toString();
    }

    private static <T> Iterator<T> filter(Iterator<T> items, Predicate<T> keep) {
        return new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    T item = items.next();
                    if (keep.test(item)) {
                        next = item;
                    }
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = next;
                next = null;
                return item;
            }
        };
    }

    private static <T> Iterator<T> peek(Iterator<T> items, Consumer<T> action) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public T next() {
                T item = items.next();
                action.accept(item);
                return item;
            }
        };
    }
}
