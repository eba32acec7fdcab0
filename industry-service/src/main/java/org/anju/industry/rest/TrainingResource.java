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
import org.anju.industry.service.RecordTraining;
import org.anju.industry.service.TrainingCourseView;
import org.anju.industry.service.TrainingService;
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

@Path("/api/v1/trainings")
@Tag(name = "Training", description = "技能培训: skills training courses and trainees employed afterwards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final TrainingService service;

    public TrainingResource(TrainingService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "recordTrainingCourse", summary = "Record a training course")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "training course", value = Examples.RECORD_TRAINING)))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingCourseView.class),
                    examples = @ExampleObject(name = "training course", value = Examples.TRAINING)))
    @APIResponse(responseCode = "409", description = "Rules employed-trainees-within-trainees, course-ends-after-start")
    public Response record(@NotNull @Valid RecordTraining command, @Context UriInfo uri) {
        return Responses.created(uri, service.record(command));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listTrainingCourses", summary = "List training courses (a county officer sees their county)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.TrainingCoursePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.TRAINING_PAGE)))
    public Page<TrainingCourseView> list(@QueryParam("county") CountyCode county,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return service.list(county, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getTrainingCourse", summary = "One training course")
    @APIResponse(responseCode = "200", description = "The training course",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingCourseView.class),
                    examples = @ExampleObject(name = "training course", value = Examples.TRAINING)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "correctTrainingCourse", summary = "Correct a training course, e.g. trainees employed afterwards")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corrected", value = Examples.RECORD_TRAINING)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingCourseView.class),
                    examples = @ExampleObject(name = "corrected", value = Examples.TRAINING_CORRECTED)))
    @APIResponse(responseCode = "409", description = "Rules county-is-fixed, employed-trainees-within-trainees, course-ends-after-start")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RecordTraining command) {
        return Responses.ok(service.correct(id, ifMatch, command));
    }
}
