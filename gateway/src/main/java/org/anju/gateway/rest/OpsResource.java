package org.anju.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.gateway.service.OpsService;
import org.anju.gateway.service.OpsView;
import org.anju.gateway.service.RebuildService;
import org.anju.gateway.service.RebuildStatusView;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What ops teams watch: every service's health and backlog, and how far behind the gateway is. */
@Path("/api/v1/ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Health, backlog and lag of the whole suite")
public class OpsResource {

    private final OpsService ops;
    private final RebuildService rebuild;

    public OpsResource(OpsService ops, RebuildService rebuild) {
        this.ops = ops;
        this.rebuild = rebuild;
    }

    @POST
    @Path("/projections/rebuild")
    @RolesAllowed(Roles.OPERATE)
    @Operation(operationId = "rebuildProjections", summary = "Rebuild every projection from the event log and swap it in",
            description = "Replays every topic from the beginning into fresh tables while the live projection keeps serving; "
                    + "follow progress with GET on the same path.")
    @APIResponse(responseCode = "202", description = "The rebuild started")
    @APIResponse(responseCode = "409", description = "A rebuild is already running (rebuild-already-running), or more than one gateway instance"
            + " consumes in the group (rebuild-single-instance: stop the others first)")
    public Response startRebuild() {
        return Response.accepted(rebuild.start()).build();
    }

    @GET
    @Path("/projections/rebuild")
    @RolesAllowed(Roles.OPERATE)
    @Operation(operationId = "getRebuild", summary = "The state of the last projection rebuild")
    @APIResponse(responseCode = "200", description = "IDLE, RUNNING, DONE (with events and events/s) or FAILED (with the error)")
    public RebuildStatusView rebuildStatus() {
        return rebuild.status();
    }

    @GET
    @Path("/services")
    @PermitAll
    @Operation(operationId = "getServiceStatus", summary = "Each service's readiness, version, broker state and outbox, and the gateway's consumer lag",
            description = "A service is UP, DEGRADED while it cannot reach the Kafka broker (it still serves and takes writes; "
                    + "their events wait in its outbox: see backlog, oldest age and parked), or DOWN when it is not ready, "
                    + "cannot be reached or does not answer within anju.gateway.ops-timeout. Overall UP when every service "
                    + "is UP and the gateway consumes and reaches its broker, DOWN when every service is DOWN, DEGRADED "
                    + "otherwise. The same facts as each service's public /q/health; no personal data.")
    @APIResponse(responseCode = "200", description = "The suite's status (also while services are down)")
    public OpsView services() {
        return ops.services();
    }
}
