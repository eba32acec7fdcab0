package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.Aggregate;
import org.anju.governance.domain.AggregateRoot;
import org.anju.governance.repository.AggregateRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.CountyScope;

import java.util.Collection;
import java.util.UUID;

/**
 * How the services reach aggregates for the caller: a new one only in a county the caller may write
 * and for sites of that county; one found (else 404), inside the caller's county scope, and for a
 * command locked and at the version the client read ({@code If-Match}, else 412); lists limited to
 * the county the caller may list.
 */
@ApplicationScoped
class Aggregates {

    private final CountyScope countyScope;
    private final SiteCounties siteCounties;

    Aggregates(CountyScope countyScope, SiteCounties siteCounties) {
        this.countyScope = countyScope;
        this.siteCounties = siteCounties;
    }

    /** Before a new aggregate of {@code sites} in {@code county}: the caller writes there, and each site is in it. */
    void requireNew(CountyCode county, Collection<UUID> sites) {
        countyScope.requireWrite(county);
        sites.forEach(site -> siteCounties.require(site, county.code()));
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

    /** A list in id order of the county the caller asked for ({@code null}: every one) as far as they may list it. */
    <E extends AggregateRoot> ListQuery<E> list(CountyCode county) {
        return ListQuery.<E>byId(AggregateRoot::id).where("county", countyScope.listCounty(county));
    }
}
