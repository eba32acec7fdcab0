package org.anju.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.anju.gateway.service.OpsService;
import org.anju.gateway.service.OpsService.OpsView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What ops teams watch: every service's health and backlog, and how far behind the gateway is. */
@Path("/api/v1/ops")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Health, backlog and lag of the whole suite")
public class OpsResource {

    private final OpsService ops;

    public OpsResource(OpsService ops) {
        this.ops = ops;
    }

    @GET
    @Path("/services")
    @PermitAll
    @Operation(operationId = "getServiceStatus", summary = "Each service's readiness, version and outbox backlog, and the gateway's consumer lag",
            description = "Overall UP when every service is ready and the gateway consumes, DOWN when none is, DEGRADED otherwise. "
                    + "The same facts as each service's public /q/health; no personal data.")
    @APIResponse(responseCode = "200", description = "The suite's status (also while services are down)")
    public OpsView services() {
        return ops.services();
    }
}
