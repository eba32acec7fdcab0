package org.anju.governance.service;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Closes a facility, or drops a planned one. */
public record CloseFacility(@NotNull LocalDate closedOn) {
}
