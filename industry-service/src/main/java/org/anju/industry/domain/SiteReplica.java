package org.anju.industry.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/** A resettlement site as households-service publishes it; projects and workshops may name one. */
@Entity
@Table(name = "site_replica")
public class SiteReplica {

    @Id
    private UUID id;
    private long version;
    private String county;
    private String name;
    private String status;

    protected SiteReplica() {
    }

    public SiteReplica(UUID id) {
        this.id = id;
    }

    public void replicate(long version, CountyCode county, String name, String status) {
        this.version = version;
        this.county = county.code();
        this.name = name;
        this.status = status;
    }

    public UUID id() {
        return id;
    }

    public String county() {
        return county;
    }
}
