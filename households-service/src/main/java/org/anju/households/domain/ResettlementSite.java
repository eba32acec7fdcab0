package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/** A centralised resettlement site (集中安置点): PLANNED → UNDER_CONSTRUCTION → COMPLETED. */
@Entity
@Table(name = "sites")
public class ResettlementSite extends CountyAggregate {

    private String town;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_mode")
    private PlacementMode placementMode;

    @Column(name = "planned_households")
    private int plannedHouseholds;

    @Column(name = "planned_people")
    private int plannedPeople;

    @Enumerated(EnumType.STRING)
    private SiteStatus status;

    @Column(name = "construction_started_on")
    private LocalDate constructionStartedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    protected ResettlementSite() {
    }

    private ResettlementSite(String county) {
        super(county);
    }

    public static ResettlementSite plan(String county, String town, String name, PlacementMode mode,
                                        int plannedHouseholds, int plannedPeople) {
        ResettlementSite site = new ResettlementSite(county);
        site.status = SiteStatus.PLANNED;
        site.describe(town, name, mode, plannedHouseholds, plannedPeople);
        return site;
    }

    /**
     * Corrects the site's details; its county and construction progress change only through
     * commands, and its capacity never drops below the households already housed there.
     */
    public void correct(String town, String name, PlacementMode mode, int plannedHouseholds, int plannedPeople, long householdsHoused) {
        if (plannedHouseholds < householdsHoused) {
            throw DomainRuleViolation.of("planned-households-cover-housed", this.name, String.valueOf(householdsHoused),
                    String.valueOf(plannedHouseholds));
        }
        describe(town, name, mode, plannedHouseholds, plannedPeople);
        changed();
    }

    public void startConstruction(LocalDate on) {
        if (status != SiteStatus.PLANNED) {
            throw DomainRuleViolation.of("construction-starts-once", name, Labels.of(status));
        }
        status = SiteStatus.UNDER_CONSTRUCTION;
        constructionStartedOn = on;
        changed();
    }

    public void complete(LocalDate on) {
        if (status != SiteStatus.UNDER_CONSTRUCTION) {
            throw DomainRuleViolation.of("completion-requires-construction", name, Labels.of(status));
        }
        if (on.isBefore(constructionStartedOn)) {
            throw DomainRuleViolation.of("completion-after-construction-start", String.valueOf(on), String.valueOf(constructionStartedOn));
        }
        status = SiteStatus.COMPLETED;
        completedOn = on;
        changed();
    }

    /** Housing is allocated only at a completed site with a flat left for one more household: why not, or empty. */
    public Optional<RuleViolation> roomRefused(long householdsHoused) {
        if (status != SiteStatus.COMPLETED) {
            return Optional.of(RuleViolation.of("housing-requires-completed-site", null, name, Labels.of(status)));
        }
        if (householdsHoused >= plannedHouseholds) {
            return Optional.of(RuleViolation.of("housing-requires-room-at-site", null, name, String.valueOf(plannedHouseholds)));
        }
        return Optional.empty();
    }

    private void describe(String town, String name, PlacementMode mode, int plannedHouseholds, int plannedPeople) {
        this.town = town;
        this.name = name;
        this.placementMode = mode;
        this.plannedHouseholds = plannedHouseholds;
        this.plannedPeople = plannedPeople;
    }

    public String town() {
        return town;
    }

    public String name() {
        return name;
    }

    public PlacementMode placementMode() {
        return placementMode;
    }

    public int plannedHouseholds() {
        return plannedHouseholds;
    }

    public int plannedPeople() {
        return plannedPeople;
    }

    public SiteStatus status() {
        return status;
    }

    public LocalDate constructionStartedOn() {
        return constructionStartedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
