package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

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

    public Workshop(UUID id, String name, String operatingCompany, CountyCode county, SiteReplica site, int jobsOffered) {
        this.id = id;
        this.version = 1;
        this.county = county.code();
        this.status = WorkshopStatus.BUILDING;
        describe(name, operatingCompany, site, jobsOffered);
    }

    /** Corrects the workshop's details (e.g. the jobs it offers); its county and status stay. */
    public void correct(String name, String operatingCompany, CountyCode county, SiteReplica site, int jobsOffered) {
        FixedCounty.require(this.county, county);
        describe(name, operatingCompany, site, jobsOffered);
        version++;
    }

    private void describe(String name, String operatingCompany, SiteReplica site, int jobsOffered) {
        FixedCounty.requireSiteIn(site, county);
        this.name = name;
        this.operatingCompany = operatingCompany;
        this.siteId = site == null ? null : site.id();
        this.jobsOffered = jobsOffered;
    }

    public void changeStatus(WorkshopStatus next) {
        if (!status.canBecome(next)) {
            throw new DomainRuleViolation("workshop-status-transition",
                    "A workshop goes BUILDING → OPERATING ⇄ SUSPENDED; it cannot go " + status + " → " + next);
        }
        status = next;
        version++;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String operatingCompany() {
        return operatingCompany;
    }

    public String county() {
        return county;
    }

    public UUID siteId() {
        return siteId;
    }

    public int jobsOffered() {
        return jobsOffered;
    }

    public WorkshopStatus status() {
        return status;
    }
}
