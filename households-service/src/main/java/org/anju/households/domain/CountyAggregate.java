package org.anju.households.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/**
 * What every aggregate of the registry has: its id, its version (1 when created, one more per
 * change: the events' aggregateversion and the resource's ETag) and the county it belongs to.
 */
@MappedSuperclass
public abstract class CountyAggregate {

    @Id
    private UUID id;

    private long version;

    private String county;

    protected CountyAggregate() {
    }

    /** A new aggregate of {@code county}: a fresh id, version 1. */
    protected CountyAggregate(String county) {
        this.id = UUID.randomUUID();
        this.version = 1;
        this.county = county;
    }

    /** Records one change. */
    protected void changed() {
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
}
