package org.anju.households.service;

import org.anju.households.domain.ImportFormat;
import org.anju.households.domain.ImportKind;
import org.anju.households.domain.ImportStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bulk import: progress while it runs, then what was imported and every row that was not, with why
 * (in the reader's language). {@code kind} is {@code HOUSEHOLDS} (registrations) or
 * {@code HOUSEHOLD_UPDATES} (lifecycle steps); a {@code dryRun} stored nothing, its
 * {@code householdsImported} are those that would have been.
 */
@Schema(name = "ImportJob", description = "A bulk import job: its progress, then what was imported and every row that was not",
        requiredProperties = {"id", "kind", "dryRun", "status", "format", "totalRows", "rowsDone", "householdsImported",
                "householdsRejected", "errorCount", "failure", "createdAt", "finishedAt", "errors"})
public record ImportJobView(UUID id, ImportKind kind, boolean dryRun, ImportStatus status, ImportFormat format, int totalRows,
                            int rowsDone, int householdsImported, int householdsRejected, int errorCount,
                            @Schema(nullable = true, description = "Why the whole job failed (FAILED only), in the reader's language")
                            String failure,
                            Instant createdAt,
                            @Schema(nullable = true, description = "Null while the job is queued or running")
                            Instant finishedAt, List<RowError> errors) {

    /**
     * {@code row} is the row number as the spreadsheet shows it (the header is row 1), {@code field}
     * its column; {@code rule} is the domain rule the row broke, as the JSON API names it in a 409
     * (null for a value that could not be read).
     */
    @Schema(name = "RowError", description = "A row not imported: its number as the spreadsheet shows it (the header is row 1),"
            + " its column and why", requiredProperties = {"row", "field", "message", "rule"})
    public record RowError(int row, String field, String message,
                           @Schema(nullable = true, description = "The domain rule the row broke, as a 409 names it;"
                                   + " null for a value that could not be read") String rule) {
    }
}
