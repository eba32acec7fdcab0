package org.anju.households.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.anju.households.service.AllocateHousing;
import org.anju.households.service.DatedCommand;
import org.anju.households.service.HouseholdExport;
import org.anju.households.service.HouseholdService;
import org.anju.households.service.HouseholdView;
import org.anju.households.service.RegisterHousehold;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.anju.platform.tabular.TabularFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Households (搬迁户) with their members, and the relocation lifecycle as explicit commands. */
@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Relocated households (搬迁户): registration, corrections, housing, move-in, poverty exit, homestead")
public class HouseholdResource {

    private final HouseholdService households;
    private final HouseholdExport export;

    public HouseholdResource(HouseholdService households, HouseholdExport export) {
        this.households = households;
        this.export = export;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerHousehold", summary = "Register a household with its members; emits HouseholdRegistered")
    @APIResponse(responseCode = "201", description = "Registered; ID numbers masked unless the caller has pii-reader",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.REGISTERED)))
    public Response register(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterHousehold.class),
                                     examples = @ExampleObject(name = "two members", value = HouseholdExamples.REGISTER)))
                             @Valid @NotNull RegisterHousehold command, @Context UriInfo uri) {
        HouseholdView household = households.register(command);
        return ETags.created(uri, household.id(), household, household.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getHousehold", summary = "A household with its members; ETag is its version")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.HOUSEHOLD)))
    public Response get(@PathParam("id") UUID id) {
        return ok(households.get(id));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listHouseholds", summary = "Households, filtered, in pages (a county officer sees only their county); "
            + "?registryNumber= finds one household by its registry number")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.HouseholdPage.class),
                    examples = @ExampleObject(name = "page", value = HouseholdExamples.PAGE)))
    public Page<HouseholdView> list(@Valid @BeanParam HouseholdQuery query,
                                    @QueryParam("cursor") String cursor,
                                    @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return households.list(query.filter(), cursor, limit);
    }

    @GET
    @Path("/export")
    @Produces({ImportResource.CSV + ";charset=UTF-8", ImportResource.XLSX})
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "exportHouseholds", summary = "Stream households as CSV (UTF-8 with BOM) or XLSX with Chinese headers, one row per "
            + "member, filtered as the list is (ID numbers masked and no birth date unless pii-reader)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, streamed",
            content = {@Content(mediaType = ImportResource.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = HouseholdExamples.EXPORT_CSV)),
                    @Content(mediaType = ImportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@Valid @BeanParam HouseholdQuery query,
                           @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = ImportResource.FORMATS) String format) {
        TabularFormat sheet = ImportResource.format(format);
        StreamingOutput output = export.export(sheet, query.filter())::writeTo;
        return ImportResource.attachment(Response.ok(output), sheet,
                "households" + (query.county() != null ? "-" + query.county().code() : "")).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "updateHousehold", summary = "Correct a household (members, origin, category, destination); emits HouseholdUpdated")
    @APIResponse(responseCode = "200", description = "The corrected household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.CORRECTED)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = RegisterHousehold.class),
                                   examples = @ExampleObject(name = "two members", value = HouseholdExamples.REGISTER)))
                           @Valid @NotNull RegisterHousehold command) {
        return ok(households.update(id, ifMatch, command));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "deleteHousehold", summary = "Delete a household registered by mistake (never one that moved in); emits HouseholdRemoved")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        households.remove(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/allocate-housing")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "allocateHousing", summary = "Allocate a flat at a completed site with room left (分房到户); emits HousingAllocated")
    @APIResponse(responseCode = "200", description = "The household with its flat",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.ALLOCATED)))
    public Response allocateHousing(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = AllocateHousing.class),
                                            examples = @ExampleObject(name = "flat", value = HouseholdExamples.ALLOCATE_HOUSING)))
                                    @Valid @NotNull AllocateHousing command) {
        return ok(households.allocateHousing(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/move-in")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "moveIn", summary = "The household moved in (入住), after housing was allocated; emits HouseholdMovedIn")
    @APIResponse(responseCode = "200", description = "The household, moved in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.MOVED)))
    public Response moveIn(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatedCommand.class),
                                   examples = @ExampleObject(name = "on a day", value = HouseholdExamples.MOVE_IN)))
                           @Valid DatedCommand command) {
        return ok(households.moveIn(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/lift-out-of-poverty")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "liftOutOfPoverty", summary = "A registered-poor household was lifted out of poverty (脱贫); emits HouseholdLiftedOutOfPoverty")
    @APIResponse(responseCode = "200", description = "The household, lifted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.LIFTED_OUT)))
    public Response liftOutOfPoverty(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatedCommand.class),
                                   examples = @ExampleObject(name = "on a day", value = HouseholdExamples.LIFT)))
                           @Valid DatedCommand command) {
        return ok(households.liftOutOfPoverty(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/demolish-homestead")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "demolishHomestead", summary = "The old homestead was demolished (旧宅基地拆除); emits HomesteadDemolished")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.HOMESTEAD_DEMOLISHED)))
    public Response demolishHomestead(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatedCommand.class),
                                   examples = @ExampleObject(name = "on a day", value = HouseholdExamples.DEMOLISH)))
                           @Valid DatedCommand command) {
        return ok(households.demolishHomestead(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/reclaim-homestead")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "reclaimHomestead", summary = "The demolished homestead's land was reclaimed (复垦); emits HomesteadReclaimed")
    @APIResponse(responseCode = "200", description = "The household",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdView.class),
                    examples = @ExampleObject(name = "household", value = HouseholdExamples.HOMESTEAD_RECLAIMED)))
    public Response reclaimHomestead(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatedCommand.class),
                                   examples = @ExampleObject(name = "on a day", value = HouseholdExamples.RECLAIM)))
                           @Valid DatedCommand command) {
        return ok(households.reclaimHomestead(id, ifMatch, command));
    }

    private static Response ok(HouseholdView household) {
        return ETags.ok(household, household.version());
    }
}
