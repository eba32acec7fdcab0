package org.anju.households.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bulk import: progress while it runs, then what was imported and every row that was not, with why. */
@Schema(name = "ImportJob", example = """
        {"id": "7c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f", "status": "COMPLETED", "format": "CSV",
         "totalRows": 10000, "rowsDone": 10000, "householdsImported": 3950, "householdsRejected": 2, "errorCount": 2,
         "failure": null, "createdAt": "2026-11-28T09:00:00Z", "finishedAt": "2026-11-28T09:00:41Z",
         "errors": [{"row": 17, "field": "idNumber", "message": "check digit does not match (GB 11643); the number was probably mistyped"},
                    {"row": 230, "field": "category", "message": "must be one of REGISTERED_POOR, CO_RELOCATED"}]}""")
public record ImportJobResponse(UUID id, String status, String format, int totalRows, int rowsDone,
                                int householdsImported, int householdsRejected, int errorCount, String failure,
                                Instant createdAt, Instant finishedAt, List<RowError> errors) {

    /** {@code row} is the row number as the spreadsheet shows it: the header is row 1. */
    public record RowError(int row, String field, String message) {
    }
}
