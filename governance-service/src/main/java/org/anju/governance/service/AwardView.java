package org.anju.governance.service;

import org.anju.governance.domain.AwardKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** An award to a household (an opaque id) as the API shows it. */
public record AwardView(UUID id, long version, String county, UUID siteId, AwardKind kind, UUID householdId,
                        int year, LocalDate grantedOn, @Schema(nullable = true) UUID evaluationId) {
}
