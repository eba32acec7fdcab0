package org.anju.governance.event;

import org.anju.platform.events.Snapshot;

import java.time.LocalDate;
import java.util.UUID;

/** An award; the household is an opaque id. */
public record AwardSnapshot(UUID id, long version, String county, UUID siteId, String kind, UUID householdId,
                            int year, LocalDate grantedOn, UUID evaluationId) implements Snapshot {
}
