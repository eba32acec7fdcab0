package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A resident's request (群众诉求) handled under the "four firsts" standard. Each transition records
 * when and by which officer (an opaque officer id) it happened; the SLA deadline of the next step
 * is fixed when the previous one completes, so later configuration changes never move it.
 */
@Entity
@Table(name = "resident_request")
public class ResidentRequest extends SiteAggregate {

    @Column(name = "household_id")
    private UUID householdId;
    @Enumerated(EnumType.STRING)
    private RequestCategory category;
    @Enumerated(EnumType.STRING)
    private RequestChannel channel;
    /** Free text from the resident: may hold personal data, so it never goes into events. */
    private String summary;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "accept_due_at")
    private Instant acceptDueAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_by")
    private String acceptedBy;
    @Column(name = "resolve_due_at")
    private Instant resolveDueAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    private String resolution;
    @Column(name = "rectification_required")
    private boolean rectificationRequired;
    @Column(name = "reply_due_at")
    private Instant replyDueAt;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "replied_by")
    private String repliedBy;
    @Column(name = "rectified_at")
    private Instant rectifiedAt;
    @Column(name = "rectified_by")
    private String rectifiedBy;
    private String rectification;

    /** When each step was flagged overdue; set once, which keeps RequestBecameOverdue to one per step. */
    @Column(name = "accept_overdue_at")
    private Instant acceptOverdueAt;
    @Column(name = "resolve_overdue_at")
    private Instant resolveOverdueAt;
    @Column(name = "reply_overdue_at")
    private Instant replyOverdueAt;

    protected ResidentRequest() {
    }

    private ResidentRequest(String county, UUID siteId) {
        super(county, siteId);
    }

    public static ResidentRequest submit(String county, UUID siteId, UUID householdId, RequestCategory category,
                                         RequestChannel channel, String summary, String officer, Instant receivedAt,
                                         Instant now, SlaPolicy sla) {
        Instant submitted = receivedAt == null ? now : receivedAt;
        if (submitted.isAfter(now)) {
            throw DomainRuleViolation.of("request-received-by-now", receivedAt);
        }
        ResidentRequest request = new ResidentRequest(county, siteId);
        request.householdId = Objects.requireNonNull(householdId);
        request.category = Objects.requireNonNull(category);
        request.channel = Objects.requireNonNull(channel);
        request.summary = summary;
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = submitted;
        request.submittedBy = officer;
        request.acceptDueAt = sla.acceptDue(submitted);
        return request;
    }

    public void accept(String officer, Instant now, SlaPolicy sla) {
        if (status != RequestStatus.SUBMITTED) {
            throw DomainRuleViolation.of("accept-requires-submitted", id(), Labels.of(status));
        }
        status = RequestStatus.ACCEPTED;
        acceptedAt = now;
        acceptedBy = officer;
        resolveDueAt = sla.resolveDue(now);
        changed();
    }

    /**
     * @param rectificationRequired only a complaint can require a correction (整改), which is then
     *                              recorded with {@link #rectify} after the reply
     */
    public void resolve(String officer, String resolution, boolean rectificationRequired, Instant now, SlaPolicy sla) {
        if (status != RequestStatus.ACCEPTED) {
            throw DomainRuleViolation.of("resolve-requires-accepted", id(), Labels.of(status));
        }
        if (rectificationRequired && category != RequestCategory.COMPLAINT) {
            throw DomainRuleViolation.of("rectification-only-for-complaints", Labels.of(category));
        }
        status = RequestStatus.RESOLVED;
        resolvedAt = now;
        resolvedBy = officer;
        this.resolution = resolution;
        this.rectificationRequired = rectificationRequired;
        replyDueAt = sla.replyDue(now);
        changed();
    }

    public void reply(String officer, Instant now) {
        if (status != RequestStatus.RESOLVED) {
            throw DomainRuleViolation.of("reply-requires-resolved", id(), Labels.of(status));
        }
        status = RequestStatus.REPLIED;
        repliedAt = now;
        repliedBy = officer;
        changed();
    }

    public void rectify(String officer, String rectification, Instant now) {
        if (status != RequestStatus.REPLIED) {
            throw DomainRuleViolation.of("rectify-requires-replied", id(), Labels.of(status));
        }
        if (!rectificationRequired) {
            throw DomainRuleViolation.of("rectify-requires-rectification-required", id());
        }
        status = RequestStatus.RECTIFIED;
        rectifiedAt = now;
        rectifiedBy = officer;
        this.rectification = rectification;
        changed();
    }

    /** The step that is waiting, if any: the one whose deadline can pass. */
    public Optional<RequestStep> pendingStep() {
        return switch (status) {
            case SUBMITTED -> Optional.of(RequestStep.ACCEPT);
            case ACCEPTED -> Optional.of(RequestStep.RESOLVE);
            case RESOLVED -> Optional.of(RequestStep.REPLY);
            case REPLIED, RECTIFIED -> Optional.empty();
        };
    }

    public boolean isOverdue(Instant now) {
        return pendingStep().map(step -> now.isAfter(dueAt(step))).orElse(false);
    }

    /**
     * Flags the pending step overdue if its deadline has passed and it was not flagged before;
     * returns the step so flagged (a change: the version goes up), or empty when nothing changed.
     */
    public Optional<RequestStep> flagOverdue(Instant now) {
        Optional<RequestStep> step = pendingStep().filter(s -> now.isAfter(dueAt(s)) && overdueAt(s) == null);
        step.ifPresent(s -> {
            switch (s) {
                case ACCEPT -> acceptOverdueAt = now;
                case RESOLVE -> resolveOverdueAt = now;
                case REPLY -> replyOverdueAt = now;
            }
            changed();
        });
        return step;
    }

    public Instant dueAt(RequestStep step) {
        return switch (step) {
            case ACCEPT -> acceptDueAt;
            case RESOLVE -> resolveDueAt;
            case REPLY -> replyDueAt;
        };
    }

    public Instant overdueAt(RequestStep step) {
        return switch (step) {
            case ACCEPT -> acceptOverdueAt;
            case RESOLVE -> resolveOverdueAt;
            case REPLY -> replyOverdueAt;
        };
    }

    /** Whether a completed step met its deadline; null while the step is not done. */
    public Boolean onTime(RequestStep step) {
        Instant done = switch (step) {
            case ACCEPT -> acceptedAt;
            case RESOLVE -> resolvedAt;
            case REPLY -> repliedAt;
        };
        return done == null ? null : !done.isAfter(dueAt(step));
    }

    public UUID householdId() { return householdId; }
    public RequestCategory category() { return category; }
    public RequestChannel channel() { return channel; }
    public String summary() { return summary; }
    public RequestStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public Instant acceptedAt() { return acceptedAt; }
    public String acceptedBy() { return acceptedBy; }
    public Instant resolvedAt() { return resolvedAt; }
    public String resolvedBy() { return resolvedBy; }
    public String resolution() { return resolution; }
    public boolean rectificationRequired() { return rectificationRequired; }
    public Instant repliedAt() { return repliedAt; }
    public String repliedBy() { return repliedBy; }
    public Instant rectifiedAt() { return rectifiedAt; }
    public String rectifiedBy() { return rectifiedBy; }
    public String rectification() { return rectification; }
}
