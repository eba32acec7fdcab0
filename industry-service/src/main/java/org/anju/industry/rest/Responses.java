package org.anju.industry.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.industry.domain.AggregateSnapshot;
import org.anju.platform.concurrency.ETags;

/** 201 with Location and ETag for a created aggregate; 200 with ETag for one read or changed. */
final class Responses {

    private Responses() {
    }

    static Response created(UriInfo uri, AggregateSnapshot created) {
        return created(uri, created.id(), created);
    }

    /** Created at {@code <request path>/<key>}. */
    static Response created(UriInfo uri, Object key, AggregateSnapshot created) {
        return ETags.created(uri, key, created, created.version());
    }

    static Response ok(AggregateSnapshot snapshot) {
        return ETags.ok(snapshot, snapshot.version());
    }
}
