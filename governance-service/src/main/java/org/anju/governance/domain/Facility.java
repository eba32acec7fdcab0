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

/** A supporting public facility (配套设施) serving one resettlement site. */
@Entity
@Table(name = "facility")
public class Facility implements Aggregate {

    @Id
    private UUID id;
    private long version;
    private String county;
    @Column(name = "site_id")
    private UUID siteId;
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

    /** A new facility: PLANNED, or already OPEN when {@code openedOn} is given (one change either way). */
    public static Facility register(String county, UUID siteId, FacilityType type, String name, Integer beds,
                                    LocalDate openedOn) {
        if (type == FacilityType.ELDERLY_HOME && (beds == null || beds < 1)) {
            throw new DomainRuleViolation("elderly-home-needs-beds", "An elderly home needs its number of beds (at least 1)");
        }
        if (type != FacilityType.ELDERLY_HOME && beds != null) {
            throw new DomainRuleViolation("beds-only-for-elderly-homes", "Only an elderly home has beds; a " + type + " does not");
        }
        Facility facility = new Facility();
        facility.id = UUID.randomUUID();
        facility.version = 1;
        facility.county = Objects.requireNonNull(county);
        facility.siteId = Objects.requireNonNull(siteId);
        facility.type = Objects.requireNonNull(type);
        facility.name = name;
        facility.beds = beds;
        facility.status = openedOn == null ? FacilityStatus.PLANNED : FacilityStatus.OPEN;
        facility.openedOn = openedOn;
        return facility;
    }

    public void open(LocalDate on) {
        if (status != FacilityStatus.PLANNED) {
            throw new DomainRuleViolation("open-requires-planned",
                    "Facility " + id + " is " + status + ": only a PLANNED facility can open");
        }
        status = FacilityStatus.OPEN;
        openedOn = Objects.requireNonNull(on);
        version++;
    }

    public void close(LocalDate on) {
        if (status == FacilityStatus.CLOSED) {
            throw new DomainRuleViolation("facility-already-closed", "Facility " + id + " is already closed");
        }
        if (openedOn != null && on.isBefore(openedOn)) {
            throw new DomainRuleViolation("close-not-before-opening",
                    "Facility " + id + " opened on " + openedOn + " and cannot close on " + on);
        }
        status = FacilityStatus.CLOSED;
        closedOn = on;
        version++;
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String county() { return county; }
    public UUID siteId() { return siteId; }
    public FacilityType type() { return type; }
    public String name() { return name; }
    public Integer beds() { return beds; }
    public FacilityStatus status() { return status; }
    public LocalDate openedOn() { return openedOn; }
    public LocalDate closedOn() { return closedOn; }
}
