package org.anju.governance.event;

import org.anju.platform.events.Snapshot;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's request with every transition time, the officer (by id) who made it, each step's
 * deadline, whether the step met it, and when a step was flagged overdue. The resident's own words
 * (summary, resolution text) stay in the service: they may hold personal data.
 */
public record RequestSnapshot(UUID id, long version, String county, UUID siteId, UUID householdId, String category,
                              String channel, String status,
                              Instant submittedAt, String submittedBy,
                              Instant acceptDueAt, Instant acceptedAt, String acceptedBy, Boolean acceptedOnTime,
                              Instant resolveDueAt, Instant resolvedAt, String resolvedBy, Boolean resolvedOnTime,
                              boolean rectificationRequired,
                              Instant replyDueAt, Instant repliedAt, String repliedBy, Boolean repliedOnTime,
                              Instant rectifiedAt, String rectifiedBy,
                              Instant acceptOverdueAt, Instant resolveOverdueAt, Instant replyOverdueAt)
        implements Snapshot {
}
