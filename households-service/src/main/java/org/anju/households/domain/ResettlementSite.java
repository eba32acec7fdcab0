package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.LocalDate;
import java.util.UUID;

/** A centralised resettlement site (集中安置点): PLANNED → UNDER_CONSTRUCTION → COMPLETED. */
@Entity
@Table(name = "sites")
public class ResettlementSite {

    @Id
    private UUID id;

    private long version;

    private String county;

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

    public static ResettlementSite plan(String county, String town, String name, PlacementMode mode,
                                        int plannedHouseholds, int plannedPeople) {
        ResettlementSite site = new ResettlementSite();
        site.id = UUID.randomUUID();
        site.version = 1;
        site.county = county;
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
            throw new DomainRuleViolation("planned-households-cover-housed",
                    "Site " + this.name + " already houses " + householdsHoused + " households; it cannot plan for " + plannedHouseholds);
        }
        describe(town, name, mode, plannedHouseholds, plannedPeople);
        version++;
    }

    public void startConstruction(LocalDate on) {
        if (status != SiteStatus.PLANNED) {
            throw new DomainRuleViolation("construction-starts-once",
                    "Construction of site " + name + " already started (status " + status + ")");
        }
        status = SiteStatus.UNDER_CONSTRUCTION;
        constructionStartedOn = on;
        version++;
    }

    public void complete(LocalDate on) {
        if (status != SiteStatus.UNDER_CONSTRUCTION) {
            throw new DomainRuleViolation("completion-requires-construction",
                    "Site " + name + " can be completed only while under construction (status " + status + ")");
        }
        if (on.isBefore(constructionStartedOn)) {
            throw new DomainRuleViolation("completion-after-construction-start",
                    "Completion date " + on + " is before construction started on " + constructionStartedOn);
        }
        status = SiteStatus.COMPLETED;
        completedOn = on;
        version++;
    }

    /** Housing is allocated only at a completed site with a flat left for one more household. */
    public void requireRoomForOneMore(long householdsHoused) {
        if (status != SiteStatus.COMPLETED) {
            throw new DomainRuleViolation("housing-requires-completed-site",
                    "Site " + name + " is " + status + "; housing is allocated only at a completed site");
        }
        if (householdsHoused >= plannedHouseholds) {
            throw new DomainRuleViolation("housing-requires-room-at-site",
                    "Site " + name + " has housed all " + plannedHouseholds + " planned households");
        }
    }

    private void describe(String town, String name, PlacementMode mode, int plannedHouseholds, int plannedPeople) {
        this.town = town;
        this.name = name;
        this.placementMode = mode;
        this.plannedHouseholds = plannedHouseholds;
        this.plannedPeople = plannedPeople;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String county() {
        return county;
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
