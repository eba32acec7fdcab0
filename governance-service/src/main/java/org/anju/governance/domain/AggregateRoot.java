package org.anju.governance.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Objects;
import java.util.UUID;

/**
 * What every aggregate with an id of its own holds: the id, the version (1 when made, one more with
 * each change) and the county it belongs to.
 */
@MappedSuperclass
public abstract class AggregateRoot implements Aggregate {

    @Id
    private UUID id;
    private long version;
    private String county;

    /** For JPA. */
    protected AggregateRoot() {
    }

    /** A new aggregate of {@code county}: a new id, version 1. */
    protected AggregateRoot(String county) {
        this.id = UUID.randomUUID();
        this.version = 1;
        this.county = Objects.requireNonNull(county);
    }

    /** Counts one change: the version goes up by one. */
    protected void changed() {
        version++;
    }

    public UUID id() { return id; }
    @Override
    public long version() { return version; }
    @Override
    public String county() { return county; }
}
