package org.anju.governance.service;

import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestChannel;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.domain.RequestStep;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/**
 * A resident's request as the API shows it: its state and deadlines ({@code request}), the
 * resident's and officers' words (null for callers who may not see personal data), and whether its
 * pending step is overdue right now.
 */
public record RequestView(Request request,
                          @Schema(nullable = true, description = "Null for callers who may not see personal data") String summary,
                          @Schema(nullable = true, description = "Null until resolved, and for callers who may not see personal data")
                          String resolution,
                          @Schema(nullable = true, description = "Null until rectified, and for callers who may not see personal data")
                          String rectification,
                          @Schema(nullable = true, description = "The step due next; null once the request is closed")
                          RequestStep pendingStep,
                          boolean overdue) {

    /**
     * Every transition time, the officer (by id) who made it, each step's deadline, whether the step
     * met it, and when a step was flagged overdue. A step not reached yet is null throughout.
     */
    @Schema(name = "RequestStateView")
    public record Request(UUID id, long version, String county, UUID siteId, UUID householdId, RequestCategory category,
                          RequestChannel channel, RequestStatus status,
                          Instant submittedAt, String submittedBy,
                          Instant acceptDueAt, @Schema(nullable = true) Instant acceptedAt,
                          @Schema(nullable = true) String acceptedBy, @Schema(nullable = true) Boolean acceptedOnTime,
                          @Schema(nullable = true) Instant resolveDueAt, @Schema(nullable = true) Instant resolvedAt,
                          @Schema(nullable = true) String resolvedBy, @Schema(nullable = true) Boolean resolvedOnTime,
                          boolean rectificationRequired,
                          @Schema(nullable = true) Instant replyDueAt, @Schema(nullable = true) Instant repliedAt,
                          @Schema(nullable = true) String repliedBy, @Schema(nullable = true) Boolean repliedOnTime,
                          @Schema(nullable = true) Instant rectifiedAt, @Schema(nullable = true) String rectifiedBy,
                          @Schema(nullable = true) Instant acceptOverdueAt, @Schema(nullable = true) Instant resolveOverdueAt,
                          @Schema(nullable = true) Instant replyOverdueAt) {
    }
}
