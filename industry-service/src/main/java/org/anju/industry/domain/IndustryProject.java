package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
public class IndustryProject extends CountyRecord {

    private String name;
    @Enumerated(EnumType.STRING)
    private ProjectType type;
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
        super(id, county);
        this.status = ProjectStatus.PLANNED;
        describe(name, type, site, investment, landAreaMu, capacity, capacityUnit, partnerCompany, startDate);
    }

    /** Corrects the project's details; its county and status stay. */
    public void correct(String name, ProjectType type, CountyCode county, SiteReplica site, BigDecimal investment,
                        BigDecimal landAreaMu, BigDecimal capacity, String capacityUnit, String partnerCompany,
                        LocalDate startDate) {
        correct(county, () -> describe(name, type, site, investment, landAreaMu, capacity, capacityUnit, partnerCompany,
                startDate));
    }

    private void describe(String name, ProjectType type, SiteReplica site, BigDecimal investment, BigDecimal landAreaMu,
                          BigDecimal capacity, String capacityUnit, String partnerCompany, LocalDate startDate) {
        UUID siteId = siteInCounty(site);
        if ((capacity == null) != (capacityUnit == null)) {
            throw DomainRuleViolation.of("capacity-has-unit");
        }
        this.name = name;
        this.type = type;
        this.siteId = siteId;
        this.investment = Money.of(investment);
        this.landAreaMu = Money.ofNullable(landAreaMu);
        this.capacity = Money.ofNullable(capacity);
        this.capacityUnit = capacityUnit;
        this.partnerCompany = partnerCompany;
        this.startDate = startDate;
    }

    public void changeStatus(ProjectStatus next) {
        if (!status.canBecome(next)) {
            throw DomainRuleViolation.of("project-status-transition", status.name(), next.name());
        }
        status = next;
        changed();
    }

    /** Households join a project until it closes. */
    public void requireOpenForBeneficiaries() {
        if (status == ProjectStatus.CLOSED) {
            throw DomainRuleViolation.of("beneficiaries-of-open-projects-only", id().toString());
        }
    }

    public String name() {
        return name;
    }

    public ProjectType type() {
        return type;
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
