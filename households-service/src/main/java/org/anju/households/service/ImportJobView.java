package org.anju.households.service;

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
@Schema(name = "ImportJob")
public record ImportJobView(UUID id, String kind, boolean dryRun, String status, String format, int totalRows, int rowsDone,
                            int householdsImported, int householdsRejected, int errorCount, String failure,
                            Instant createdAt, Instant finishedAt, List<RowError> errors) {

    /**
     * {@code row} is the row number as the spreadsheet shows it (the header is row 1), {@code field}
     * its column; {@code rule} is the domain rule the row broke, as the JSON API names it in a 409
     * (null for a value that could not be read).
     */
    @Schema(name = "RowError")
    public record RowError(int row, String field, String message, String rule) {
    }
}
