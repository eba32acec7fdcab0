package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A community activity held at a site, recorded once it took place: a training course of several
 * sessions with its trainees, a meeting, an evaluation. Records of what happened are not edited.
 */
@Entity
@Table(name = "activity")
public class Activity extends SiteAggregate {

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private String title;
    @Column(name = "held_on")
    private LocalDate heldOn;
    /** Number of sessions (a training course usually has several). */
    private int sessions;
    /** People who took part; for a training, its trainees. */
    private int participants;

    protected Activity() {
    }

    private Activity(String county, UUID siteId) {
        super(county, siteId);
    }

    public static Activity held(String county, UUID siteId, ActivityKind kind, String title, LocalDate heldOn,
                                int sessions, int participants) {
        if (sessions < 1) {
            throw DomainRuleViolation.of("activity-has-sessions", String.valueOf(sessions));
        }
        if (participants < 0) {
            throw DomainRuleViolation.of("participants-not-negative");
        }
        Activity activity = new Activity(county, siteId);
        activity.kind = Objects.requireNonNull(kind);
        activity.title = Objects.requireNonNull(title);
        activity.heldOn = Objects.requireNonNull(heldOn);
        activity.sessions = sessions;
        activity.participants = participants;
        return activity;
    }

    public ActivityKind kind() { return kind; }
    public String title() { return title; }
    public LocalDate heldOn() { return heldOn; }
    public int sessions() { return sessions; }
    public int participants() { return participants; }
}
