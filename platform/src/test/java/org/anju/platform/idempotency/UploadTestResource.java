package org.anju.platform.idempotency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anju.platform.security.Roles;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A test-only upload endpoint: counts the bytes it streams, and how often it runs. */
@Path("/api/test/uploads")
@RolesAllowed(Roles.WRITE)
public class UploadTestResource {

    static final AtomicInteger RUNS = new AtomicInteger();

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.TEXT_PLAIN)
    public String upload(InputStream body) throws IOException {
        RUNS.incrementAndGet();
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read; (read = body.read(buffer)) >= 0; ) {
            bytes += read;
        }
        return Long.toString(bytes);
    }
}
