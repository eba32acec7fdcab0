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
import org.anju.industry.service.JobFairService;
import org.anju.industry.service.JobFairView;
import org.anju.industry.service.RecordJobFair;
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

@Path("/api/v1/job-fairs")
@Tag(name = "Job fairs", description = "招聘会: employers, registrations and hires")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobFairResource {

    private final JobFairService service;

    public JobFairResource(JobFairService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "recordJobFair", summary = "Record a job fair")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "job fair", value = Examples.RECORD_JOB_FAIR)))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobFairView.class),
                    examples = @ExampleObject(name = "job fair", value = Examples.JOB_FAIR)))
    @APIResponse(responseCode = "409", description = "Rule hires-within-registrations")
    public Response record(@NotNull @Valid RecordJobFair command, @Context UriInfo uri) {
        return Responses.created(uri, service.record(command));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listJobFairs", summary = "List job fairs (a county officer sees their county)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.JobFairPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.JOB_FAIR_PAGE)))
    public Page<JobFairView> list(@QueryParam("county") CountyCode county,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(county, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getJobFair", summary = "One job fair")
    @APIResponse(responseCode = "200", description = "The job fair",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobFairView.class),
                    examples = @ExampleObject(name = "job fair", value = Examples.JOB_FAIR)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "correctJobFair", summary = "Correct a job fair, e.g. hires reported afterwards")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corrected", value = Examples.RECORD_JOB_FAIR)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobFairView.class),
                    examples = @ExampleObject(name = "corrected", value = Examples.JOB_FAIR_CORRECTED)))
    @APIResponse(responseCode = "409", description = "Rules county-is-fixed, hires-within-registrations")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RecordJobFair command) {
        return Responses.ok(service.correct(id, ifMatch, command));
    }
}
