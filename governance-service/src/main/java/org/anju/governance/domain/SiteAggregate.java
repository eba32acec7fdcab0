package org.anju.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.util.Objects;
import java.util.UUID;

/** An aggregate of one resettlement site (a facility, a request, an activity, an award). */
@MappedSuperclass
public abstract class SiteAggregate extends AggregateRoot {

    @Column(name = "site_id")
    private UUID siteId;

    /** For JPA. */
    protected SiteAggregate() {
    }

    protected SiteAggregate(String county, UUID siteId) {
        super(county);
        this.siteId = Objects.requireNonNull(siteId);
    }

    public UUID siteId() { return siteId; }
}
