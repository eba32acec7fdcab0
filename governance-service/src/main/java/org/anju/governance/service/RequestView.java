package org.anju.governance.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's request as the API shows it: its state and deadlines ({@code request}), the
 * resident's and officers' words (null for callers who may not see personal data), and whether its
 * pending step is overdue right now.
 */
public record RequestView(Request request, String summary, String resolution, String rectification,
                          String pendingStep, boolean overdue) {

    /**
     * Every transition time, the officer (by id) who made it, each step's deadline, whether the step
     * met it, and when a step was flagged overdue.
     */
    public record Request(UUID id, long version, String county, UUID siteId, UUID householdId, String category,
                          String channel, String status,
                          Instant submittedAt, String submittedBy,
                          Instant acceptDueAt, Instant acceptedAt, String acceptedBy, Boolean acceptedOnTime,
                          Instant resolveDueAt, Instant resolvedAt, String resolvedBy, Boolean resolvedOnTime,
                          boolean rectificationRequired,
                          Instant replyDueAt, Instant repliedAt, String repliedBy, Boolean repliedOnTime,
                          Instant rectifiedAt, String rectifiedBy,
                          Instant acceptOverdueAt, Instant resolveOverdueAt, Instant replyOverdueAt) {
    }
}
