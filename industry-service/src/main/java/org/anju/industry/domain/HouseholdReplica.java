package org.anju.industry.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/**
 * The part of a households-service household this service needs, copied from the household
 * snapshots on {@code households.v1}. Read-only for commands: only the feed writes it.
 */
@Entity
@Table(name = "household_replica")
public class HouseholdReplica {

    @Id
    private UUID id;
    private long version;
    @Embedded
    private HouseholdProfile profile;
    private int labourCapacityCount;
    @Enumerated(EnumType.STRING)
    private HouseholdStatus status;
    private boolean removed;

    protected HouseholdReplica() {
    }

    public HouseholdReplica(UUID id) {
        this.id = id;
    }

    public void replicate(long version, CountyCode county, UUID siteId, HouseholdCategory category, int memberCount,
                          int labourCapacityCount, HouseholdStatus status, boolean removed) {
        this.version = version;
        this.profile = new HouseholdProfile(county.code(), siteId, category, memberCount);
        this.labourCapacityCount = labourCapacityCount;
        this.status = status;
        this.removed = removed;
    }

    /**
     * Relocated means moved in (入住): follow-up support, and so the zero-employment indicator,
     * is about households living at a resettlement site, not those still waiting for a flat.
     */
    public boolean isRelocated() {
        return status == HouseholdStatus.MOVED_IN && !removed;
    }

    public UUID id() {
        return id;
    }

    public HouseholdProfile profile() {
        return profile;
    }

    public int labourCapacityCount() {
        return labourCapacityCount;
    }

    /** Deleted in households-service (registered in error): references to it are rejected like unknown ones. */
    public boolean removed() {
        return removed;
    }
}
