package org.anju.industry.domain;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/**
 * A record kept in the county it was registered in (a project, workshop, training course or job
 * fair): its county decides who may see and change it, so a correction never moves it to another
 * county. Its version starts at 1 and increases by one with every change.
 */
@MappedSuperclass
public abstract class CountyRecord {

    @Id
    private UUID id;
    private long version;
    private String county;

    protected CountyRecord() {
    }

    protected CountyRecord(UUID id, CountyCode county) {
        this.id = id;
        this.version = 1;
        this.county = county.code();
    }

    /** A correction of the record's details, which names its county again: the same one. */
    protected void correct(CountyCode requested, Runnable details) {
        if (!county.equals(requested.code())) {
            throw DomainRuleViolation.of("county-is-fixed", county, requested.code());
        }
        details.run();
        changed();
    }

    protected void changed() {
        version++;
    }

    /** The site's id, or null for none; a site of another county is refused. */
    protected UUID siteInCounty(SiteReplica site) {
        if (site == null) {
            return null;
        }
        if (!site.county().equals(county)) {
            throw DomainRuleViolation.of("site-in-same-county", site.id().toString(), site.county(), county);
        }
        return site.id();
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
