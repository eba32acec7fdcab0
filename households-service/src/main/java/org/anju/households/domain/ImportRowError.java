package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.anju.platform.audit.NotAudited;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Why one row of an import was not imported: row number as the spreadsheet shows it (header = row 1),
 * the column, the domain rule broken (null for a value that could not be read) and what is wrong,
 * stored as a message (bundle key and arguments) so that it is shown in the reader's language.
 */
@Entity
@NotAudited // the import's findings, not a change of the programme's records
@Table(name = "import_row_errors")
public class ImportRowError {

    @Id
    private UUID id;

    @Column(name = "job_id")
    private UUID jobId;

    @Column(name = "row_number")
    private int rowNumber;

    private String field;

    private String rule;

    /** What was wrong, as stored by jobs of an earlier version (English text). */
    private String message;

    /** What is wrong: a stored message, rendered in the reader's language. */
    private String reason;

    protected ImportRowError() {
    }

    public ImportRowError(UUID jobId, int rowNumber, String field, String rule, String reason) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.field = field;
        this.rule = rule;
        this.reason = reason;
    }

    public int rowNumber() {
        return rowNumber;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String message() {
        return message;
    }

    public String reason() {
        return reason;
    }
}
