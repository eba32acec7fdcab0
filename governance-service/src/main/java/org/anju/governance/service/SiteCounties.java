package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.repository.KnownSiteRepository;
import org.anju.platform.problem.DomainRuleViolation;

import java.util.UUID;

/**
 * Keeps every record of a site in the site's county. Sites belong to households-service; until a
 * replica of {@code households.v1} feeds this service, the first record naming a site fixes its county.
 */
@ApplicationScoped
class SiteCounties {

    private final KnownSiteRepository knownSites;

    SiteCounties(KnownSiteRepository knownSites) {
        this.knownSites = knownSites;
    }

    void require(UUID siteId, String county) {
        String known = knownSites.countyOf(siteId, county);
        if (!known.equals(county)) {
            throw new DomainRuleViolation("site-county-mismatch",
                    "Site " + siteId + " is in county " + known + ", not " + county);
        }
    }
}
