package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.util.UUID;

/** A poverty-alleviation workshop (扶贫车间) near a resettlement site. */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    private UUID id;
    private long version;
    private String name;
    private String operatingCompany;
    private String county;
    private UUID siteId;
    private int jobsOffered;
    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    protected Workshop() {
    }

    public Workshop(UUID id, String name, String operatingCompany, String county, SiteReplica site, int jobsOffered) {
        if (site != null && !site.county().equals(county)) {
            throw new DomainRuleViolation("site-in-same-county",
                    "Site " + site.id() + " is in county " + site.county() + ", not " + county);
        }
        this.id = id;
        this.version = 1;
        this.name = name;
        this.operatingCompany = operatingCompany;
        this.county = county;
        this.siteId = site == null ? null : site.id();
        this.jobsOffered = jobsOffered;
        this.status = WorkshopStatus.BUILDING;
    }

    public void changeStatus(WorkshopStatus next) {
        if (!status.canBecome(next)) {
            throw new DomainRuleViolation("workshop-status-transition",
                    "A workshop goes BUILDING → OPERATING ⇄ SUSPENDED; it cannot go " + status + " → " + next);
        }
        status = next;
        version++;
    }

    public WorkshopSnapshot snapshot() {
        return new WorkshopSnapshot(id, version, name, operatingCompany, county, siteId, jobsOffered, status);
    }

    public long version() {
        return version;
    }

    public UUID id() {
        return id;
    }

    public String county() {
        return county;
    }

    public WorkshopStatus status() {
        return status;
    }
}
