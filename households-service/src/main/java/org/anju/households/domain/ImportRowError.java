package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Why one row of an import was not imported: row number as the spreadsheet shows it (header = row 1),
 * the column, the domain rule broken (null for a value that could not be read) and what is wrong.
 */
@Entity
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

    private String message;

    protected ImportRowError() {
    }

    public ImportRowError(UUID jobId, int rowNumber, String field, String rule, String message) {
        this.id = UUID.randomUUID();
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.field = field;
        this.rule = rule;
        this.message = message;
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
}
