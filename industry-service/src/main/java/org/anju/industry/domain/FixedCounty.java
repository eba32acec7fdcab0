package org.anju.industry.domain;

import org.anju.platform.problem.DomainRuleViolation;
import org.anju.platform.programme.CountyCode;

/** An aggregate stays in the county it was registered in: its county decides who may see and change it. */
final class FixedCounty {

    private FixedCounty() {
    }

    static void require(String current, CountyCode requested) {
        if (!current.equals(requested.code())) {
            throw new DomainRuleViolation("county-is-fixed",
                    "The county cannot change from " + current + " to " + requested + "; register a new record instead");
        }
    }

    static void requireSiteIn(SiteReplica site, String county) {
        if (site != null && !site.county().equals(county)) {
            throw new DomainRuleViolation("site-in-same-county",
                    "Site " + site.id() + " is in county " + site.county() + ", not " + county);
        }
    }
}
