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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.anju.industry.domain.EmploymentChannel;
import org.anju.industry.domain.EmploymentStatus;
import org.anju.industry.service.EmploymentService;
import org.anju.industry.service.EmploymentView;
import org.anju.industry.service.EndEmployment;
import org.anju.industry.service.StartEmployment;
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

@Path("/api/v1/employments")
@Tag(name = "Employment", description = "Jobs of relocated household members (member references are opaque ids)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmploymentResource {

    private final EmploymentService employments;

    public EmploymentResource(EmploymentService employments) {
        this.employments = employments;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "startEmployment", summary = "Record that a household member started a job")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "workshop job", value = Examples.START_EMPLOYMENT)))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmploymentView.class),
                    examples = @ExampleObject(name = "employment", value = Examples.EMPLOYMENT)))
    @APIResponse(responseCode = "409", description = "Rules employment-starts-by-today, employment-ends-after-start,"
            + " workshop-employment-names-workshop, workshop-employment-requires-operating-workshop")
    @APIResponse(responseCode = "422", description = "The household (or workshop) is unknown, or the Idempotency-Key was used with another body")
    public Response start(@NotNull @Valid StartEmployment command, @Context UriInfo uri) {
        return Responses.created(uri, employments.start(command));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listEmployments", summary = "List employment records (a county officer sees their county)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.EmploymentPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.EMPLOYMENT_PAGE)))
    public Page<EmploymentView> list(@QueryParam("county") CountyCode county,
                                         @QueryParam("householdId") UUID householdId,
                                         @QueryParam("workshopId") UUID workshopId,
                                         @QueryParam("channel") EmploymentChannel channel,
                                         @QueryParam("status") EmploymentStatus status,
                                         @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return employments.list(county, householdId, workshopId, channel, status, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getEmployment", summary = "One employment record, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The employment record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmploymentView.class),
                    examples = @ExampleObject(name = "employment", value = Examples.EMPLOYMENT)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(employments.get(id));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "endEmployment", summary = "End a job (the record stays, with its end date)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ended", value = Examples.END_EMPLOYMENT)))
    @APIResponse(responseCode = "200", description = "Ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmploymentView.class),
                    examples = @ExampleObject(name = "employment", value = Examples.EMPLOYMENT_ENDED)))
    @APIResponse(responseCode = "409", description = "Rules employment-already-ended, employment-end-between-start-and-today")
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid EndEmployment command) {
        return Responses.ok(employments.end(id, ifMatch, command));
    }
}
