package org.anju.governance.service;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Ends an officer's term (the officer is named by the path). */
public record RelieveOfficer(@NotNull LocalDate endedOn) {
}
