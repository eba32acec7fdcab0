package org.anju.households.rest;

import jakarta.validation.constraints.PastOrPresent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The body of a command: the day it happened, today if left out. */
@Schema(name = "DatedCommand", example = """
        {"date": "2019-06-30"}""")
public record DatedCommand(@PastOrPresent LocalDate date) {

    public LocalDate dateOrToday() {
        return date != null ? date : LocalDate.now();
    }

    /** A command sent without a body happened today. */
    public static LocalDate dateOf(DatedCommand command) {
        return command != null ? command.dateOrToday() : LocalDate.now();
    }
}
