package org.anju.platform.idempotency;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.platform.security.Roles;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only commands that count how often they really run. */
@Path("/api/test/commands")
@RolesAllowed(Roles.WRITE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdempotencyTestResource {

    static final AtomicInteger EXECUTIONS = new AtomicInteger();
    static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();
    static volatile CountDownLatch hold = new CountDownLatch(0);

    public record Command(String name) {
    }

    @POST
    public Response run(Command command) throws InterruptedException {
        int execution = EXECUTIONS.incrementAndGet();
        if (!hold.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the command");
        }
        if (FAIL_NEXT.getAndSet(false)) {
            throw new IllegalStateException("the first attempt fails");
        }
        return Response.created(URI.create("/api/test/commands/" + execution))
                .tag(Integer.toString(execution))
                .entity(Map.of("execution", execution, "name", command.name()))
                .build();
    }
}
