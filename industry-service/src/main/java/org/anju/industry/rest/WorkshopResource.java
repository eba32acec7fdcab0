package org.anju.industry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.domain.WorkshopStatus;
import org.anju.industry.service.ChangeWorkshopStatus;
import org.anju.industry.service.EmploymentView;
import org.anju.industry.service.RegisterWorkshop;
import org.anju.industry.service.WorkshopService;
import org.anju.industry.service.WorkshopView;
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

@Path("/api/v1/workshops")
@Tag(name = "Workshops", description = "扶贫车间: poverty-alleviation workshops near resettlement sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    private final WorkshopService workshops;

    public WorkshopResource(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerWorkshop", summary = "Register a workshop (BUILDING)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Heshun workshop", value = Examples.REGISTER_WORKSHOP)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "workshop", value = Examples.WORKSHOP)))
    @APIResponse(responseCode = "409", description = "Rule site-in-same-county")
    @APIResponse(responseCode = "422", description = "The named site is unknown, or the Idempotency-Key was used with another body")
    public Response register(@NotNull @Valid RegisterWorkshop command, @Context UriInfo uri) {
        return Responses.created(uri, workshops.record(command));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listWorkshops", summary = "List workshops (a county officer sees their county)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.WorkshopPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.WORKSHOP_PAGE)))
    public Page<WorkshopView> list(@QueryParam("county") CountyCode county,
                                       @QueryParam("siteId") UUID siteId, @QueryParam("status") WorkshopStatus status,
                                       @QueryParam("cursor") String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return workshops.list(county, siteId, status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getWorkshop", summary = "One workshop, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The workshop",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "workshop", value = Examples.WORKSHOP)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(workshops.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "correctWorkshop", summary = "Correct a workshop's details, e.g. the jobs it offers (its county and status stay)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corrected", value = Examples.REGISTER_WORKSHOP)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "corrected", value = Examples.WORKSHOP_CORRECTED)))
    @APIResponse(responseCode = "409", description = "Rules county-is-fixed, site-in-same-county")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RegisterWorkshop command) {
        return Responses.ok(workshops.correct(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "changeWorkshopStatus", summary = "Open, suspend or resume a workshop (BUILDING → OPERATING ⇄ SUSPENDED)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "operating", value = Examples.CHANGE_WORKSHOP_STATUS)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkshopView.class),
                    examples = @ExampleObject(name = "workshop", value = Examples.WORKSHOP_OPERATING)))
    @APIResponse(responseCode = "409", description = "Rule workshop-status-transition")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid ChangeWorkshopStatus command) {
        return Responses.ok(workshops.changeStatus(id, ifMatch, command));
    }

    @GET
    @Path("/{id}/employees")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listWorkshopEmployees", summary = "The workshop's employment records (status=ACTIVE: its current employees)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.EmploymentPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.EMPLOYMENT_PAGE)))
    public Page<EmploymentView> employees(@PathParam("id") UUID id, @QueryParam("status") EmploymentStatus status,
                                          @QueryParam("cursor") String cursor,
                                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return workshops.employees(id, status, cursor, limit);
    }
}
