package org.anju.governance.service;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Opens a planned facility. */
public record OpenFacility(@NotNull LocalDate openedOn) {
}
