package org.anju.households.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.households.domain.VillageStatus;
import org.anju.households.service.DatedCommand;
import org.anju.households.service.RegisterVillage;
import org.anju.households.service.VillageService;
import org.anju.households.service.VillageView;
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

/** Deep-poverty natural villages (深度贫困自然村) and whole-village relocation. */
@Path("/api/v1/villages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Villages", description = "Deep-poverty natural villages: whole-village relocation (整村搬迁), demolition, reclamation")
public class VillageResource {

    private final VillageService villages;

    public VillageResource(VillageService villages) {
        this.villages = villages;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerVillage", summary = "Register a deep-poverty natural village; emits VillageRegistered")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = VillageExamples.REGISTERED)))
    public Response register(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterVillage.class),
                                     examples = @ExampleObject(name = "natural village", value = VillageExamples.REGISTER)))
                             @Valid @NotNull RegisterVillage command, @Context UriInfo uri) {
        VillageView village = villages.register(command);
        return ETags.created(uri, village.id(), village, village.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getVillage", summary = "A village with how many of its households have moved in")
    @APIResponse(responseCode = "200", description = "The village",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = VillageExamples.VILLAGE)))
    public Response get(@PathParam("id") UUID id) {
        return ok(villages.get(id));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listVillages", summary = "Villages, filtered by county and status, in pages")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.VillagePage.class),
                    examples = @ExampleObject(name = "page", value = VillageExamples.PAGE)))
    public Page<VillageView> list(@QueryParam("county") CountyCode county,
                                  @QueryParam("status") VillageStatus status,
                                  @QueryParam("cursor") String cursor,
                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return villages.list(county, status, cursor, limit);
    }

    @POST
    @Path("/{id}/relocate")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "relocateVillage", summary = "Mark the whole village relocated once every household from it has moved in; emits VillageRelocated")
    @APIResponse(responseCode = "200", description = "The relocated village",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = VillageExamples.VILLAGE)))
    public Response relocate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = DatedCommand.class),
                                     examples = @ExampleObject(name = "on a day", value = VillageExamples.DATED)))
                             @Valid DatedCommand command) {
        return ok(villages.relocate(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/demolish")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "demolishVillage", summary = "RELOCATED → DEMOLISHED; emits VillageDemolished")
    @APIResponse(responseCode = "200", description = "The demolished village",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = VillageExamples.DEMOLISHED)))
    public Response demolish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = DatedCommand.class),
                                     examples = @ExampleObject(name = "on a day", value = VillageExamples.DEMOLISH)))
                             @Valid DatedCommand command) {
        return ok(villages.demolish(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/reclaim")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "reclaimVillage", summary = "DEMOLISHED → RECLAIMED (复垦); emits VillageReclaimed")
    @APIResponse(responseCode = "200", description = "The reclaimed village",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageView.class),
                    examples = @ExampleObject(name = "village", value = VillageExamples.RECLAIMED)))
    public Response reclaim(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(implementation = DatedCommand.class),
                                    examples = @ExampleObject(name = "on a day", value = VillageExamples.RECLAIM)))
                            @Valid DatedCommand command) {
        return ok(villages.reclaim(id, ifMatch, command));
    }

    private static Response ok(VillageView village) {
        return ETags.ok(village, village.version());
    }
}
