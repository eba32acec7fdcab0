package org.anju.industry.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.industry.service.VersionedView;
import org.anju.platform.concurrency.ETags;

/** A single record's answer: its view, with its version as the ETag. */
final class Responses {

    private Responses() {
    }

    /** 200 with the view and its ETag. */
    static Response ok(VersionedView view) {
        return ETags.ok(view, view.version());
    }

    /** 201 with the view and its ETag, located at the request's path plus the record's id. */
    static Response created(UriInfo uri, VersionedView view) {
        return ETags.created(uri, view.id(), view, view.version());
    }
}
