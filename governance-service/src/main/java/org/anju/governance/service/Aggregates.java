package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.Aggregate;
import org.anju.governance.repository.AggregateRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/**
 * How the services reach one aggregate for the caller: found (else 404), inside the caller's county
 * scope, and for a command locked and at the version the client read ({@code If-Match}, else 412).
 */
@ApplicationScoped
class Aggregates {

    private final CountyScope countyScope;

    Aggregates(CountyScope countyScope) {
        this.countyScope = countyScope;
    }

    /** @param kind what the aggregate is called in a 404, e.g. "Facility" */
    <E extends Aggregate> E read(AggregateRepository<E> repository, String kind, UUID id) {
        E aggregate = repository.findByIdOptional(id).orElseThrow(() -> new ResourceNotFound(kind, id));
        countyScope.requireRead(aggregate.county());
        return aggregate;
    }

    /** The aggregate locked for the command; its county's write scope is checked before the client's If-Match. */
    <E extends Aggregate> E lockForCommand(AggregateRepository<E> repository, String kind, UUID id, String ifMatch) {
        E aggregate = repository.findForUpdate(id).orElseThrow(() -> new ResourceNotFound(kind, id));
        countyScope.requireWrite(aggregate.county());
        ETags.requireMatch(ifMatch, aggregate.version());
        return aggregate;
    }
}
