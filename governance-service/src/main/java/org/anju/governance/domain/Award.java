package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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
public class Award implements Aggregate {

    @Id
    private UUID id;
    private long version;
    private String county;
    @Column(name = "site_id")
    private UUID siteId;
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

    /** @param evaluation the evaluation activity that decided the award, or null */
    public static Award grant(String county, UUID siteId, AwardKind kind, UUID householdId, int year,
                              LocalDate grantedOn, Activity evaluation) {
        if (grantedOn.getYear() < year) {
            throw new DomainRuleViolation("award-granted-after-its-year",
                    "An award for " + year + " cannot be granted on " + grantedOn);
        }
        if (evaluation != null) {
            if (evaluation.kind() != ActivityKind.EVALUATION) {
                throw new DomainRuleViolation("award-follows-evaluation",
                        "Activity " + evaluation.id() + " is a " + evaluation.kind() + ", not an EVALUATION");
            }
            if (!evaluation.siteId().equals(siteId)) {
                throw new DomainRuleViolation("award-evaluation-same-site",
                        "Evaluation " + evaluation.id() + " was held at another site");
            }
        }
        Award award = new Award();
        award.id = UUID.randomUUID();
        award.version = 1;
        award.county = Objects.requireNonNull(county);
        award.siteId = Objects.requireNonNull(siteId);
        award.kind = Objects.requireNonNull(kind);
        award.householdId = Objects.requireNonNull(householdId);
        award.year = year;
        award.grantedOn = grantedOn;
        award.evaluationId = evaluation == null ? null : evaluation.id();
        return award;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String county() { return county; }
    public UUID siteId() { return siteId; }
    public AwardKind kind() { return kind; }
    public UUID householdId() { return householdId; }
    public int year() { return year; }
    public LocalDate grantedOn() { return grantedOn; }
    public UUID evaluationId() { return evaluationId; }
}
