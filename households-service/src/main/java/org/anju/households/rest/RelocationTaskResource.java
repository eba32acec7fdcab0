package org.anju.households.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.households.service.RelocationTaskService;
import org.anju.households.service.RelocationTaskView;
import org.anju.households.service.SetRelocationTask;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Relocation tasks (搬迁任务): the province's quota per county and plan period. */
@Path("/api/v1/relocation-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Relocation tasks", description = "The province's relocation quota (搬迁任务) per county and plan period")
public class RelocationTaskResource {

    private final RelocationTaskService tasks;

    public RelocationTaskResource(RelocationTaskService tasks) {
        this.tasks = tasks;
    }

    /** The quota comes from the province: only the city sets it. */
    @PUT
    @Path("/{county}/{period}")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "setRelocationTask", summary = "Create or change a county's task for a plan period; emits RelocationTaskSet when it changes")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelocationTaskView.class),
                    examples = @ExampleObject(name = "task", value = RelocationTaskExamples.CREATED)))
    @APIResponse(responseCode = "200", description = "Changed (or already so)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelocationTaskView.class),
                    examples = @ExampleObject(name = "task", value = RelocationTaskExamples.TASK)))
    public Response set(@PathParam("county") CountyCode county,
                        @Parameter(example = "2016-2020") @PathParam("period") @Pattern(regexp = "\\d{4}-\\d{4}", message = "{anju.plan-period}") String period,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = SetRelocationTask.class),
                                examples = @ExampleObject(name = "quota", value = RelocationTaskExamples.SET)))
                        @Valid @NotNull SetRelocationTask command) {
        RelocationTaskService.Outcome outcome = tasks.set(county, period, ifMatch, command);
        RelocationTaskView task = outcome.task();
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(task).tag(ETags.of(task.version())).build();
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listRelocationTasks", summary = "Tasks, filtered by county and period, in pages; the city's task is their sum")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.RelocationTaskPage.class),
                    examples = @ExampleObject(name = "page", value = RelocationTaskExamples.PAGE)))
    public Page<RelocationTaskView> list(@QueryParam("county") CountyCode county,
                                         @QueryParam("period") String period,
                                         @QueryParam("cursor") String cursor,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return tasks.list(county, period, cursor, limit);
    }
}
