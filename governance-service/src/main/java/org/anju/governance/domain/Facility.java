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

/** A supporting public facility (配套设施) serving one resettlement site. */
@Entity
@Table(name = "facility")
public class Facility extends SiteAggregate {

    @Enumerated(EnumType.STRING)
    private FacilityType type;
    private String name;
    /** Beds of an elderly home; null for every other type. */
    private Integer beds;
    @Enumerated(EnumType.STRING)
    private FacilityStatus status;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Facility() {
    }

    private Facility(String county, UUID siteId) {
        super(county, siteId);
    }

    /** A new facility: PLANNED, or already OPEN when {@code openedOn} is given (one change either way). */
    public static Facility register(String county, UUID siteId, FacilityType type, String name, Integer beds,
                                    LocalDate openedOn) {
        if (type == FacilityType.ELDERLY_HOME && (beds == null || beds < 1)) {
            throw DomainRuleViolation.of("elderly-home-needs-beds");
        }
        if (type != FacilityType.ELDERLY_HOME && beds != null) {
            throw DomainRuleViolation.of("beds-only-for-elderly-homes", Labels.of(type));
        }
        Facility facility = new Facility(county, siteId);
        facility.type = Objects.requireNonNull(type);
        facility.name = name;
        facility.beds = beds;
        facility.status = openedOn == null ? FacilityStatus.PLANNED : FacilityStatus.OPEN;
        facility.openedOn = openedOn;
        return facility;
    }

    public void open(LocalDate on) {
        if (status != FacilityStatus.PLANNED) {
            throw DomainRuleViolation.of("open-requires-planned", id(), Labels.of(status));
        }
        status = FacilityStatus.OPEN;
        openedOn = Objects.requireNonNull(on);
        changed();
    }

    public void close(LocalDate on) {
        if (status == FacilityStatus.CLOSED) {
            throw DomainRuleViolation.of("facility-already-closed", id());
        }
        if (openedOn != null && on.isBefore(openedOn)) {
            throw DomainRuleViolation.of("close-not-before-opening", id(), openedOn, on);
        }
        status = FacilityStatus.CLOSED;
        closedOn = on;
        changed();
    }

    public FacilityType type() { return type; }
    public String name() { return name; }
    public Integer beds() { return beds; }
    public FacilityStatus status() { return status; }
    public LocalDate openedOn() { return openedOn; }
    public LocalDate closedOn() { return closedOn; }
}
