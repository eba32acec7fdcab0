package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/** A poverty-alleviation workshop (扶贫车间) near a resettlement site. */
@Entity
@Table(name = "workshop")
public class Workshop extends CountyRecord {

    private String name;
    private String operatingCompany;
    private UUID siteId;
    private int jobsOffered;
    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    protected Workshop() {
    }

    public Workshop(UUID id, String name, String operatingCompany, CountyCode county, SiteReplica site, int jobsOffered) {
        super(id, county);
        this.status = WorkshopStatus.BUILDING;
        describe(name, operatingCompany, site, jobsOffered);
    }

    /** Corrects the workshop's details (e.g. the jobs it offers); its county and status stay. */
    public void correct(String name, String operatingCompany, CountyCode county, SiteReplica site, int jobsOffered) {
        correct(county, () -> describe(name, operatingCompany, site, jobsOffered));
    }

    private void describe(String name, String operatingCompany, SiteReplica site, int jobsOffered) {
        this.siteId = siteInCounty(site);
        this.name = name;
        this.operatingCompany = operatingCompany;
        this.jobsOffered = jobsOffered;
    }

    public void changeStatus(WorkshopStatus next) {
        if (!status.canBecome(next)) {
            throw DomainRuleViolation.of("workshop-status-transition", status.name(), next.name());
        }
        status = next;
        changed();
    }

    public String name() {
        return name;
    }

    public String operatingCompany() {
        return operatingCompany;
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
