package org.anju.funding.rest;

import org.anju.platform.security.CountyScope;

/** The county a query may be restricted to, given who asks. */
final class CountyFilter {

    private CountyFilter() {
    }

    /**
     * What a list should filter on: the requested county (null = all) for city-wide readers; a county
     * officer's own county, and a 403 if they asked for another.
     */
    static String effective(CountyScope scope, String requested) {
        return scope.readFilter().map(own -> {
            if (requested != null) {
                scope.requireRead(requested);
            }
            return own;
        }).orElse(requested);
    }
}
