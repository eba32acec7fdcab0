package org.anju.households.service;

import jakarta.validation.constraints.PastOrPresent;
import org.anju.platform.time.ProgrammeClock;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The body of a lifecycle command that only says when it happened (move-in, lifting, demolition,
 * reclamation, construction started or completed, a village relocated): its date, the programme's
 * today if left out.
 */
@Schema(name = "DatedCommand")
public record DatedCommand(@Schema(nullable = true) @PastOrPresent LocalDate date) {

    /** The day a command happened: its date, or the programme's today when it has none or came without a body. */
    static LocalDate dayOf(DatedCommand command, ProgrammeClock clock) {
        return orToday(command != null ? command.date() : null, clock);
    }

    /** A command's date, or the programme's today when it has none. */
    static LocalDate orToday(LocalDate date, ProgrammeClock clock) {
        return date != null ? date : clock.today();
    }
}
