package org.anju.governance.rest;

import org.anju.platform.security.CountyScope;

import java.util.Optional;

/** The county a list is restricted to: the caller's own for a county officer, else the one asked for. */
final class CountyFilter {

    private CountyFilter() {
    }

    static String of(CountyScope scope, String requested) {
        Optional<String> own = scope.readFilter();
        if (own.isEmpty()) {
            return requested;
        }
        if (requested != null) {
            scope.requireRead(requested);
        }
        return own.get();
    }
}
