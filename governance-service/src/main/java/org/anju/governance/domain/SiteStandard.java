package org.anju.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.anju.platform.problem.DomainRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A site's checklist against the standard 五化五通八有: 18 items, each met or not with its evidence
 * date. The compliance score is the number of items met out of 18 (a count, never a stored rate).
 */
@Entity
@Table(name = "site_standard")
public class SiteStandard implements Aggregate {

    public static final int ITEM_COUNT = StandardItem.values().length;

    @Id
    @Column(name = "site_id")
    private UUID siteId;
    private long version;
    private String county;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @ElementCollection
    @CollectionTable(name = "site_standard_item", joinColumns = @JoinColumn(name = "site_id"))
    private List<ItemAssessment> items = new ArrayList<>();

    protected SiteStandard() {
    }

    /** A checklist with every item unmet, not yet saved: its first assessment makes it version 1. */
    public static SiteStandard unassessed(UUID siteId, String county) {
        SiteStandard standard = new SiteStandard();
        standard.siteId = Objects.requireNonNull(siteId);
        standard.county = Objects.requireNonNull(county);
        Arrays.stream(StandardItem.values()).map(ItemAssessment::new).forEach(standard.items::add);
        return standard;
    }

    public record ItemUpdate(StandardItem item, boolean met, LocalDate evidenceOn) {
    }

    /** An officer's assessment of some items; the others keep their state. */
    public void assess(String county, List<ItemUpdate> updates, Instant now) {
        requireCounty(county);
        if (updates.isEmpty()) {
            throw DomainRuleViolation.of("assessment-needs-items");
        }
        if (updates.stream().map(ItemUpdate::item).distinct().count() != updates.size()) {
            throw DomainRuleViolation.of("assessment-items-unique");
        }
        updates.forEach(update -> item(update.item()).set(update.met(), update.evidenceOn(), EvidenceSource.ASSESSMENT));
        assessedAt = now;
        version++;
    }

    /**
     * Marks each amenity met when an open facility of the matching type serves the site, and unmarks
     * an amenity that only a facility had met when no such facility is open any more. Amenities an
     * officer assessed are left alone. Returns whether anything changed (then the version went up).
     */
    public boolean reflectOpenFacilities(String county, Set<FacilityType> openTypes, LocalDate on, Instant now) {
        requireCounty(county);
        boolean changed = false;
        for (FacilityType type : FacilityType.values()) {
            if (type.amenity().isEmpty()) {
                continue;
            }
            ItemAssessment item = item(type.amenity().get());
            boolean open = openTypes.contains(type);
            if (open && !item.met()) {
                item.set(true, on, EvidenceSource.FACILITY);
                changed = true;
            } else if (!open && item.met() && item.source() == EvidenceSource.FACILITY) {
                item.set(false, on, EvidenceSource.FACILITY);
                changed = true;
            }
        }
        if (changed) {
            assessedAt = now;
            version++;
        }
        return changed;
    }

    public int metCount() {
        return (int) items.stream().filter(ItemAssessment::met).count();
    }

    public boolean compliant() {
        return metCount() == ITEM_COUNT;
    }

    public List<ItemAssessment> items() {
        return items.stream().sorted(Comparator.comparing(ItemAssessment::item)).toList();
    }

    private ItemAssessment item(StandardItem item) {
        return items.stream().filter(i -> i.item() == item).findFirst().orElseThrow();
    }

    private void requireCounty(String county) {
        if (!this.county.equals(county)) {
            throw DomainRuleViolation.of("site-county-mismatch", siteId, this.county, county);
        }
    }

    public UUID siteId() { return siteId; }
    public long version() { return version; }
    public String county() { return county; }
    public Instant assessedAt() { return assessedAt; }
}
