package org.anju.industry.service;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** Ends a job on {@code endDate} (between its start and today). */
public record EndEmployment(@NotNull LocalDate endDate) {
}
