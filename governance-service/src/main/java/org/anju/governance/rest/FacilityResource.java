package org.anju.governance.rest;

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
import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.service.CloseFacility;
import org.anju.governance.service.FacilityService;
import org.anju.governance.service.FacilityView;
import org.anju.governance.service.OpenFacility;
import org.anju.governance.service.RegisterFacility;
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

/** Supporting public facilities near sites: PLANNED → OPEN → CLOSED. */
@Path("/api/v1/facilities")
@Tag(name = "Facilities", description = "配套设施: clinics, schools, elderly homes, ... near resettlement sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FacilityResource {

    private final FacilityService facilities;

    FacilityResource(FacilityService facilities) {
        this.facilities = facilities;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerFacility", summary = "Register a facility as planned, or as open with openedOn")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "elderly home", value = Examples.REGISTER_FACILITY)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "elderly home", value = Examples.FACILITY)))
    public Response register(@NotNull @Valid RegisterFacility command, @Context UriInfo uri) {
        FacilityView facility = facilities.register(command);
        return ETags.created(uri, facility.id(), facility, facility.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listFacilities", summary = "List facilities by county, site, type and status")
    @APIResponse(responseCode = "200", description = "One page of facilities",
            content = @Content(schema = @Schema(implementation = PageSchemas.FacilityPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.FACILITIES)))
    public Page<FacilityView> list(@QueryParam("county") CountyCode county,
                                   @QueryParam("siteId") UUID siteId,
                                   @QueryParam("type") FacilityType type,
                                   @QueryParam("status") FacilityStatus status,
                                   @QueryParam("limit") @DefaultValue(Limits.DEFAULT) @Min(1) @Max(Limits.MAX) int limit,
                                   @QueryParam("cursor") String cursor) {
        return facilities.list(county, siteId, type, status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getFacility", summary = "One facility")
    @APIResponse(responseCode = "200", description = "The facility; its ETag is its version",
            content = @Content(schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "elderly home", value = Examples.FACILITY)))
    public Response get(@PathParam("id") UUID id) {
        FacilityView facility = facilities.get(id);
        return ETags.ok(facility, facility.version());
    }

    @POST
    @Path("/{id}/open")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "openFacility", summary = "Open a PLANNED facility; its amenity in the site standard becomes met")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "open", value = Examples.OPEN_FACILITY)))
    @APIResponse(responseCode = "200", description = "Opened",
            content = @Content(schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "opened", value = Examples.FACILITY)))
    public Response open(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid OpenFacility command) {
        FacilityView facility = facilities.open(id, ifMatch, command);
        return ETags.ok(facility, facility.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "closeFacility", summary = "Close a facility (or drop a planned one)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "close", value = Examples.CLOSE_FACILITY)))
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = FacilityView.class),
                    examples = @ExampleObject(name = "closed", value = Examples.FACILITY)))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid CloseFacility command) {
        FacilityView facility = facilities.close(id, ifMatch, command);
        return ETags.ok(facility, facility.version());
    }
}
