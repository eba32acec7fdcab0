package org.anju.households.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A bulk import of households from an uploaded file. The file is kept until the job finishes so
 * that a restarted service can run a queued job again; progress is visible while it runs.
 */
@Entity
@Table(name = "import_jobs")
public class ImportJob {

    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ImportFormat format;

    /** The only county the submitter may import into, or null for a city-wide submitter. */
    @Column(name = "county_scope")
    private String countyScope;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

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

    private String failure;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    protected ImportJob() {
    }

    /** Every method that changes the job takes the instant it happens: the service's clock decides, not the entity. */
    public static ImportJob queue(ImportFormat format, byte[] content, String countyScope, String submittedBy, Instant now) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.format = format;
        job.content = content;
        job.countyScope = countyScope;
        job.submittedBy = submittedBy;
        job.status = Status.QUEUED;
        job.createdAt = now;
        return job;
    }

    /** Takes a queued job to run it; false when another worker (another replica) already has. */
    public boolean claim(Instant now) {
        if (status != Status.QUEUED) {
            return false;
        }
        status = Status.RUNNING;
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

    /** A running job whose worker went quiet (its service stopped) is failed; what it committed stays. */
    public void failIfQuietSince(Instant threshold, Instant now) {
        if (status == Status.RUNNING && heartbeatAt.isBefore(threshold)) {
            fail("The import stopped (its service instance stopped); the households counted as imported were committed,"
                    + " import the rest again", now);
        }
    }

    public void complete(Instant now) {
        status = Status.COMPLETED;
        finishedAt = now;
        content = null;
    }

    /** The file could not be read at all (not a row's fault): nothing after this point is imported. */
    public void fail(String reason, Instant now) {
        status = Status.FAILED;
        failure = reason;
        finishedAt = now;
        content = null;
    }

    public UUID id() {
        return id;
    }

    public ImportFormat format() {
        return format;
    }

    public String countyScope() {
        return countyScope;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Status status() {
        return status;
    }

    public byte[] content() {
        return content;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
