package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.repository.KnownSiteRepository;
import org.anju.platform.problem.DomainRuleViolation;

import java.util.UUID;

/**
 * Keeps every record of a site in the site's county: the county households-service published for
 * it ({@link HouseholdsSiteReplica}), or for a site not replicated yet (the replica may lag), the
 * county of the first record that named it.
 */
@ApplicationScoped
class SiteCounties {

    private final KnownSiteRepository knownSites;

    SiteCounties(KnownSiteRepository knownSites) {
        this.knownSites = knownSites;
    }

    /** @param county the code of the county a record of the site names */
    void require(UUID siteId, String county) {
        String known = knownSites.countyOf(siteId, county);
        if (!known.equals(county)) {
            throw DomainRuleViolation.of("site-county-mismatch", siteId, known, county);
        }
    }
}
