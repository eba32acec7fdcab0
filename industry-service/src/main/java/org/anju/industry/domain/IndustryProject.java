package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.money.Money;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An industry project (产业项目) households benefit from. */
@Entity
@Table(name = "industry_project")
public class IndustryProject {

    @Id
    private UUID id;
    private long version;
    private String name;
    @Enumerated(EnumType.STRING)
    private ProjectType type;
    private String county;
    private UUID siteId;
    private BigDecimal investment;
    private BigDecimal landAreaMu;
    private BigDecimal capacity;
    private String capacityUnit;
    private String partnerCompany;
    private LocalDate startDate;
    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    protected IndustryProject() {
    }

    public IndustryProject(UUID id, String name, ProjectType type, CountyCode county, SiteReplica site,
                           BigDecimal investment, BigDecimal landAreaMu, BigDecimal capacity, String capacityUnit,
                           String partnerCompany, LocalDate startDate) {
        this.id = id;
        this.version = 1;
        this.county = county.code();
        this.status = ProjectStatus.PLANNED;
        describe(name, type, site, investment, landAreaMu, capacity, capacityUnit, partnerCompany, startDate);
    }

    /** Corrects the project's details; its county and status stay. */
    public void correct(String name, ProjectType type, CountyCode county, SiteReplica site, BigDecimal investment,
                        BigDecimal landAreaMu, BigDecimal capacity, String capacityUnit, String partnerCompany,
                        LocalDate startDate) {
        FixedCounty.require(this.county, county);
        describe(name, type, site, investment, landAreaMu, capacity, capacityUnit, partnerCompany, startDate);
        version++;
    }

    private void describe(String name, ProjectType type, SiteReplica site, BigDecimal investment, BigDecimal landAreaMu,
                          BigDecimal capacity, String capacityUnit, String partnerCompany, LocalDate startDate) {
        FixedCounty.requireSiteIn(site, county);
        if ((capacity == null) != (capacityUnit == null)) {
            throw new DomainRuleViolation("capacity-has-unit", "A capacity needs its unit, and a unit its capacity");
        }
        this.name = name;
        this.type = type;
        this.siteId = site == null ? null : site.id();
        this.investment = Money.of(investment);
        this.landAreaMu = Money.ofNullable(landAreaMu);
        this.capacity = Money.ofNullable(capacity);
        this.capacityUnit = capacityUnit;
        this.partnerCompany = partnerCompany;
        this.startDate = startDate;
    }

    public void changeStatus(ProjectStatus next) {
        if (!status.canBecome(next)) {
            throw new DomainRuleViolation("project-status-transition",
                    "A project goes PLANNED → OPERATING → CLOSED (or PLANNED → CLOSED); it cannot go " + status + " → " + next);
        }
        status = next;
        version++;
    }

    /** Households join a project until it closes. */
    public void requireOpenForBeneficiaries() {
        if (status == ProjectStatus.CLOSED) {
            throw new DomainRuleViolation("beneficiaries-of-open-projects-only",
                    "Project " + id + " is closed: it takes no more beneficiaries or payouts");
        }
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

    public ProjectType type() {
        return type;
    }

    public String county() {
        return county;
    }

    public UUID siteId() {
        return siteId;
    }

    public BigDecimal investment() {
        return investment;
    }

    public BigDecimal landAreaMu() {
        return landAreaMu;
    }

    public BigDecimal capacity() {
        return capacity;
    }

    public String capacityUnit() {
        return capacityUnit;
    }

    public String partnerCompany() {
        return partnerCompany;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public ProjectStatus status() {
        return status;
    }
}
