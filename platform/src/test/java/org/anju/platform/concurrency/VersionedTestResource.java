package org.anju.platform.concurrency;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A test-only resource whose version goes up with every accepted update. */
@Path("/api/test/versioned")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VersionedTestResource {

    static final AtomicLong VERSION = new AtomicLong(1);

    @GET
    public Response get() {
        long version = VERSION.get();
        return ETags.ok(Map.of("version", version), version);
    }

    @PUT
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ETags.requireMatch(ifMatch, VERSION.get());
        long version = VERSION.incrementAndGet();
        return ETags.ok(Map.of("version", version), version);
    }
}
