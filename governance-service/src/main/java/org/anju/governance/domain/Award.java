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
 * An award granted to a household (an opaque id) of a site, optionally as the outcome of an
 * evaluation activity. A household receives each kind of award at most once a year.
 */
@Entity
@Table(name = "award")
public class Award extends SiteAggregate {

    @Enumerated(EnumType.STRING)
    private AwardKind kind;
    @Column(name = "household_id")
    private UUID householdId;
    @Column(name = "award_year")
    private int year;
    @Column(name = "granted_on")
    private LocalDate grantedOn;
    @Column(name = "evaluation_id")
    private UUID evaluationId;

    protected Award() {
    }

    private Award(String county, UUID siteId) {
        super(county, siteId);
    }

    /** @param evaluation the evaluation activity that decided the award, or null */
    public static Award grant(String county, UUID siteId, AwardKind kind, UUID householdId, int year,
                              LocalDate grantedOn, Activity evaluation) {
        if (grantedOn.getYear() < year) {
            throw DomainRuleViolation.of("award-granted-after-its-year", String.valueOf(year), grantedOn);
        }
        if (evaluation != null) {
            if (evaluation.kind() != ActivityKind.EVALUATION) {
                throw DomainRuleViolation.of("award-follows-evaluation", evaluation.id(), Labels.of(evaluation.kind()));
            }
            if (!evaluation.siteId().equals(siteId)) {
                throw DomainRuleViolation.of("award-evaluation-same-site", evaluation.id());
            }
        }
        Award award = new Award(county, siteId);
        award.kind = Objects.requireNonNull(kind);
        award.householdId = Objects.requireNonNull(householdId);
        award.year = year;
        award.grantedOn = grantedOn;
        award.evaluationId = evaluation == null ? null : evaluation.id();
        return award;
    }

    public AwardKind kind() { return kind; }
    public UUID householdId() { return householdId; }
    public int year() { return year; }
    public LocalDate grantedOn() { return grantedOn; }
    public UUID evaluationId() { return evaluationId; }
}
