package org.anju.governance.service;

import java.time.LocalDate;
import java.util.UUID;

/** An award to a household (an opaque id) as the API shows it. */
public record AwardView(UUID id, long version, String county, UUID siteId, String kind, UUID householdId,
                        int year, LocalDate grantedOn, UUID evaluationId) {
}
