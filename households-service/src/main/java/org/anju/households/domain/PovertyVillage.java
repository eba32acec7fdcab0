package org.anju.households.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

/** A deep-poverty natural village (深度贫困自然村) that moves out as a whole: REGISTERED → RELOCATED → DEMOLISHED → RECLAIMED. */
@Entity
@Table(name = "villages")
public class PovertyVillage extends CountyAggregate {

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

    private PovertyVillage(String county) {
        super(county);
    }

    public static PovertyVillage register(String county, String township, String name) {
        PovertyVillage village = new PovertyVillage(county);
        village.township = township;
        village.name = name;
        village.status = VillageStatus.REGISTERED;
        return village;
    }

    /** The village is relocated only once it has households and every one of them has moved in. */
    public void relocate(LocalDate on, long households, long householdsMovedIn) {
        relocate(on, households, householdsMovedIn, null);
    }

    /**
     * The village is relocated only once it has households and every one of them has moved in,
     * {@code lastMovedIn} (the latest of their move-in dates, null if unknown) on or before {@code on}.
     */
    public void relocate(LocalDate on, long households, long householdsMovedIn, LocalDate lastMovedIn) {
        if (status != VillageStatus.REGISTERED) {
            throw DomainRuleViolation.of("village-relocates-once", name, Labels.of(status));
        }
        if (households == 0 || householdsMovedIn < households) {
            throw DomainRuleViolation.of("village-relocation-requires-every-household-moved-in", name,
                    String.valueOf(householdsMovedIn), String.valueOf(households));
        }
        if (lastMovedIn != null && on.isBefore(lastMovedIn)) {
            throw DomainRuleViolation.of("village-relocation-after-move-in", name, String.valueOf(on), String.valueOf(lastMovedIn));
        }
        status = VillageStatus.RELOCATED;
        relocatedOn = on;
        changed();
    }

    /**
     * Households join a village only until it is relocated: relocation certifies that all of them
     * moved in. The violation, at {@code field}, when this village takes no more households.
     */
    public Optional<RuleViolation> closedForHouseholds(String field) {
        return status == VillageStatus.REGISTERED ? Optional.empty()
                : Optional.of(RuleViolation.of("village-closed-after-relocation", field, name, Labels.of(status)));
    }

    public void demolish(LocalDate on) {
        if (status != VillageStatus.RELOCATED) {
            throw DomainRuleViolation.of("village-demolition-requires-relocation", name, Labels.of(status));
        }
        if (on.isBefore(relocatedOn)) {
            throw DomainRuleViolation.of("village-demolition-after-relocation", name, String.valueOf(on), String.valueOf(relocatedOn));
        }
        status = VillageStatus.DEMOLISHED;
        demolishedOn = on;
        changed();
    }

    public void reclaim(LocalDate on) {
        if (status != VillageStatus.DEMOLISHED) {
            throw new DomainRuleViolation("reclamation-requires-demolition",
                    Message.of("rule.reclamation-requires-demolition.village", name, Labels.of(status)));
        }
        if (on.isBefore(demolishedOn)) {
            throw new DomainRuleViolation("reclamation-after-demolition",
                    Message.of("rule.reclamation-after-demolition.village", name, String.valueOf(on), String.valueOf(demolishedOn)));
        }
        status = VillageStatus.RECLAIMED;
        reclaimedOn = on;
        changed();
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
