package org.anju.governance.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.anju.governance.domain.AwardKind;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** Grants an award to a household, optionally as the outcome of an evaluation activity. */
public record GrantAward(@NotNull CountyCode county,
                         @NotNull UUID siteId,
                         @NotNull AwardKind kind,
                         @NotNull UUID householdId,
                         @Min(2000) @Max(2100) int year,
                         @NotNull LocalDate grantedOn,
                         @Schema(nullable = true) UUID evaluationId) {
}
