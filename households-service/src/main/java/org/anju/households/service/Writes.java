package org.anju.households.service;

import org.anju.households.domain.CountyAggregate;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.security.CountyScope;

import java.util.Optional;
import java.util.function.Supplier;

/** What every command and correction of one record passes first, in every service. */
final class Writes {

    private Writes() {
    }

    /**
     * The record, loaded locked: it exists (else 404), the caller may write in its county (else 403)
     * and {@code If-Match}, when sent, names its version (else 412).
     */
    static <A extends CountyAggregate> A guarded(Optional<A> locked, Supplier<ResourceNotFound> missing, CountyScope scope, String ifMatch) {
        A aggregate = locked.orElseThrow(missing);
        scope.requireWrite(aggregate.county());
        ETags.requireMatch(ifMatch, aggregate.version());
        return aggregate;
    }
}
