package org.anju.governance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.governance.domain.AwardKind;
import org.anju.governance.service.AwardService;
import org.anju.governance.service.AwardView;
import org.anju.governance.service.GrantAward;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Awards to households: 最美家庭 (most beautiful family), 小区好人 (good neighbour). */
@Path("/api/v1/awards")
@Tag(name = "Awards", description = "最美家庭, 小区好人: awards to households, often after an evaluation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final AwardService awards;

    AwardResource(AwardService awards) {
        this.awards = awards;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "grantAward", summary = "Grant an award to a household (each kind once a year)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "family", value = Examples.GRANT_AWARD)))
    @APIResponse(responseCode = "201", description = "Granted",
            content = @Content(schema = @Schema(implementation = AwardView.class),
                    examples = @ExampleObject(name = "family", value = Examples.AWARD)))
    public Response grant(@NotNull @Valid GrantAward command, @Context UriInfo uri) {
        AwardView award = awards.grant(command);
        return ETags.created(uri, award.id(), award, award.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listAwards", summary = "List awards by county, site, kind, year and household")
    @APIResponse(responseCode = "200", description = "One page of awards",
            content = @Content(schema = @Schema(implementation = PageSchemas.AwardPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.AWARDS)))
    public Page<AwardView> list(@QueryParam("county") CountyCode county,
                                @QueryParam("siteId") UUID siteId,
                                @QueryParam("kind") AwardKind kind,
                                @QueryParam("year") Integer year,
                                @QueryParam("householdId") UUID householdId,
                                @QueryParam("limit") @DefaultValue(Limits.DEFAULT) @Min(1) @Max(Limits.MAX) int limit,
                                @QueryParam("cursor") String cursor) {
        return awards.list(county, siteId, kind, year, householdId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getAward", summary = "One award")
    @APIResponse(responseCode = "200", description = "The award",
            content = @Content(schema = @Schema(implementation = AwardView.class),
                    examples = @ExampleObject(name = "family", value = Examples.AWARD)))
    public Response get(@PathParam("id") UUID id) {
        AwardView award = awards.get(id);
        return ETags.ok(award, award.version());
    }
}
