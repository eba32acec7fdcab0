package org.anju.governance.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.platform.concurrency.ETags;

import java.util.UUID;

/** 201 Created with the new resource's location and ETag. */
final class Responses {

    private Responses() {
    }

    static Response created(UriInfo uri, UUID id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }
}
