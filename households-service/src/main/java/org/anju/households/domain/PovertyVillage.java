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

/** A deep-poverty natural village (深度贫困自然村) that moves out as a whole: REGISTERED → RELOCATED → DEMOLISHED → RECLAIMED. */
@Entity
@Table(name = "villages")
public class PovertyVillage {

    @Id
    private UUID id;

    private long version;

    private String county;

    private String township;

    private String name;

    @Enumerated(EnumType.STRING)
    private VillageStatus status;

    @Column(name = "relocated_on")
    private LocalDate relocatedOn;

    @Column(name = "demolished_on")
    private LocalDate demolishedOn;

    @Column(name = "reclaimed_on")
    private LocalDate reclaimedOn;

    protected PovertyVillage() {
    }

    public static PovertyVillage register(String county, String township, String name) {
        PovertyVillage village = new PovertyVillage();
        village.id = UUID.randomUUID();
        village.version = 1;
        village.county = county;
        village.township = township;
        village.name = name;
        village.status = VillageStatus.REGISTERED;
        return village;
    }

    /** The village is relocated only once it has households and every one of them has moved in. */
    public void relocate(LocalDate on, long households, long householdsMovedIn) {
        if (status != VillageStatus.REGISTERED) {
            throw new DomainRuleViolation("village-relocates-once", "Village " + name + " is already " + status);
        }
        if (households == 0 || householdsMovedIn < households) {
            throw new DomainRuleViolation("village-relocation-requires-every-household-moved-in",
                    "Village " + name + ": " + householdsMovedIn + " of " + households
                            + " households have moved in; the village is relocated only when all have");
        }
        status = VillageStatus.RELOCATED;
        relocatedOn = on;
        version++;
    }

    /** Households join a village only until it is relocated: relocation certifies that all of them moved in. */
    public void requireOpenForHouseholds() {
        if (status != VillageStatus.REGISTERED) {
            throw new DomainRuleViolation("village-closed-after-relocation",
                    "Village " + name + " is already " + status + "; no household joins it any more");
        }
    }

    public void demolish(LocalDate on) {
        if (status != VillageStatus.RELOCATED) {
            throw new DomainRuleViolation("village-demolition-requires-relocation",
                    "Village " + name + " is " + status + "; only a relocated village is demolished");
        }
        status = VillageStatus.DEMOLISHED;
        demolishedOn = on;
        version++;
    }

    public void reclaim(LocalDate on) {
        if (status != VillageStatus.DEMOLISHED) {
            throw new DomainRuleViolation("reclamation-requires-demolition",
                    "Village " + name + " is " + status + "; land is reclaimed only after demolition");
        }
        status = VillageStatus.RECLAIMED;
        reclaimedOn = on;
        version++;
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

    public String township() {
        return township;
    }

    public String name() {
        return name;
    }

    public VillageStatus status() {
        return status;
    }

    public LocalDate relocatedOn() {
        return relocatedOn;
    }

    public LocalDate demolishedOn() {
        return demolishedOn;
    }

    public LocalDate reclaimedOn() {
        return reclaimedOn;
    }
}
