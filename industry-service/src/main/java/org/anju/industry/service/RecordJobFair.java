package org.anju.industry.service;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;

/** A job fair held in a county: employers present, people registered, people hired. */
public record RecordJobFair(
        @NotNull LocalDate heldOn,
        @NotNull CountyCode county,
        @Min(0) int employers,
        @Min(0) int registrations,
        @Min(0) int hires) implements CountyCommand {
}
