package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk import from an uploaded file. The file is kept (a PostgreSQL large object, named by its
 * oid) until the job finishes, so that a restarted service can run a queued job again; progress is
 * visible while it runs. A dry run checks every row and stores nothing but its row errors.
 */
@Entity
@Table(name = "import_jobs")
public class ImportJob {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    @Column(name = "dry_run")
    private boolean dryRun;

    /** The only county the submitter may import into, or null for a city-wide submitter. */
    @Column(name = "county_scope")
    private String countyScope;

    @Column(name = "submitted_by")
    private String submittedBy;

    /**
     * Whether the submitter sees full ID numbers (personal data and {@code pii-reader}): only then
     * does a row error name the household a person of the file is already a member of.
     */
    @Column(name = "submitter_sees_id_numbers")
    private boolean submitterSeesIdNumbers;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    /** The uploaded file's large object, until the job finishes. */
    @Column(name = "file_oid")
    private Long fileOid;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "rows_done")
    private int rowsDone;

    @Column(name = "households_imported")
    private int householdsImported;

    @Column(name = "households_rejected")
    private int householdsRejected;

    @Column(name = "error_count")
    private int errorCount;

    /** Why the job failed, as stored by jobs of an earlier version (English text). */
    private String failure;

    /** Why the job failed: a message (bundle key and arguments), rendered in the reader's language. */
    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected ImportJob() {
    }

    /** Every method that changes the job takes the instant it happens: the service's clock decides, not the entity. */
    public static ImportJob queue(ImportKind kind, ImportFormat format, boolean dryRun, long fileOid, String countyScope,
                                  String submittedBy, Instant now) {
        return queue(kind, format, dryRun, fileOid, countyScope, submittedBy, false, now);
    }

    /** @param submitterSeesIdNumbers whether the submitter may see full ID numbers */
    public static ImportJob queue(ImportKind kind, ImportFormat format, boolean dryRun, long fileOid, String countyScope,
                                  String submittedBy, boolean submitterSeesIdNumbers, Instant now) {
        ImportJob job = new ImportJob();
        job.submitterSeesIdNumbers = submitterSeesIdNumbers;
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.format = format;
        job.dryRun = dryRun;
        job.fileOid = fileOid;
        job.countyScope = countyScope;
        job.submittedBy = submittedBy;
        job.status = ImportStatus.QUEUED;
        job.createdAt = now;
        return job;
    }

    /** Takes a queued job to run it; false when another worker (another replica) already has. */
    public boolean claim(Instant now) {
        if (status != ImportStatus.QUEUED) {
            return false;
        }
        status = ImportStatus.RUNNING;
        heartbeatAt = now;
        return true;
    }

    public void counted(int totalRows, Instant now) {
        this.totalRows = totalRows;
        heartbeatAt = now;
    }

    public void progress(int rows, int imported, int rejected, int errors, Instant now) {
        rowsDone += rows;
        householdsImported += imported;
        householdsRejected += rejected;
        errorCount += errors;
        heartbeatAt = now;
    }

    /** A running job whose worker went quiet since {@code threshold}: its service instance stopped. */
    public boolean isQuietSince(Instant threshold) {
        return status == ImportStatus.RUNNING && heartbeatAt.isBefore(threshold);
    }

    /** The job is done; returns the oid of its file, which the caller removes, or null. */
    public Long complete(Instant now) {
        status = ImportStatus.COMPLETED;
        return finish(now);
    }

    /**
     * The job stopped (the file could not be read, its worker stopped): nothing after this point is
     * imported. Returns the oid of its file, which the caller removes, or null.
     */
    public Long fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        failureReason = reason;
        return finish(now);
    }

    private Long finish(Instant now) {
        finishedAt = now;
        Long file = fileOid;
        fileOid = null;
        return file;
    }

    public UUID id() {
        return id;
    }

    public ImportKind kind() {
        return kind;
    }

    public ImportFormat format() {
        return format;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public String countyScope() {
        return countyScope;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public boolean submitterSeesIdNumbers() {
        return submitterSeesIdNumbers;
    }

    public ImportStatus status() {
        return status;
    }

    public Long fileOid() {
        return fileOid;
    }

    public int totalRows() {
        return totalRows;
    }

    public int rowsDone() {
        return rowsDone;
    }

    public int householdsImported() {
        return householdsImported;
    }

    public int householdsRejected() {
        return householdsRejected;
    }

    public int errorCount() {
        return errorCount;
    }

    public String failure() {
        return failure;
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
