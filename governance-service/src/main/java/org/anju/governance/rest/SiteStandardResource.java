package org.anju.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.governance.service.AssessSiteStandard;
import org.anju.governance.service.SiteStandardService;
import org.anju.governance.service.SiteStandardView;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A site's checklist against the standard 五化五通八有 and its score. */
@Path("/api/v1/sites/{siteId}/standard")
@Tag(name = "Site standard", description = "五化五通八有: 18 items, each met or not with its evidence date")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteStandardResource {

    private final SiteStandardService standards;

    SiteStandardResource(SiteStandardService standards) {
        this.standards = standards;
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getSiteStandard", summary = "The site's checklist and score (items met of 18)")
    @APIResponse(responseCode = "200", description = "The checklist; its ETag is its version",
            content = @Content(schema = @Schema(implementation = SiteStandardView.class),
                    examples = @ExampleObject(name = "checklist", value = Examples.STANDARD)))
    public Response get(@PathParam("siteId") UUID siteId) {
        SiteStandardView standard = standards.get(siteId);
        return ETags.ok(standard, standard.version());
    }

    @PATCH
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "assessSiteStandard",
            summary = "Assess some items (met or not, with the evidence date); items not named keep their state")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "assessment", value = Examples.ASSESS_STANDARD)))
    @APIResponse(responseCode = "200", description = "Assessed",
            content = @Content(schema = @Schema(implementation = SiteStandardView.class),
                    examples = @ExampleObject(name = "checklist", value = Examples.STANDARD)))
    public Response assess(@PathParam("siteId") UUID siteId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AssessSiteStandard command) {
        SiteStandardView standard = standards.assess(siteId, ifMatch, command);
        return ETags.ok(standard, standard.version());
    }
}
