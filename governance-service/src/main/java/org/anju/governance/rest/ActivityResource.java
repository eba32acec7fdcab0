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
import org.anju.governance.domain.ActivityKind;
import org.anju.governance.service.ActivityService;
import org.anju.governance.service.ActivityView;
import org.anju.governance.service.RecordActivity;
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

/** Community activities held at sites: trainings (sessions, trainees), meetings, evaluations. */
@Path("/api/v1/activities")
@Tag(name = "Activities", description = "Community activities: trainings, meetings, evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final ActivityService activities;

    ActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "recordActivity", summary = "Record an activity that was held")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "training", value = Examples.RECORD_ACTIVITY)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ActivityView.class),
                    examples = @ExampleObject(name = "training", value = Examples.ACTIVITY)))
    public Response record(@NotNull @Valid RecordActivity command, @Context UriInfo uri) {
        ActivityView activity = activities.record(command);
        return ETags.created(uri, activity.id(), activity, activity.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listActivities", summary = "List activities by county, site and kind")
    @APIResponse(responseCode = "200", description = "One page of activities",
            content = @Content(schema = @Schema(implementation = PageSchemas.ActivityPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.ACTIVITIES)))
    public Page<ActivityView> list(@QueryParam("county") CountyCode county,
                                   @QueryParam("siteId") UUID siteId,
                                   @QueryParam("kind") ActivityKind kind,
                                   @QueryParam("limit") @DefaultValue(Limits.DEFAULT) @Min(1) @Max(Limits.MAX) int limit,
                                   @QueryParam("cursor") String cursor) {
        return activities.list(county, siteId, kind, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getActivity", summary = "One activity")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityView.class),
                    examples = @ExampleObject(name = "training", value = Examples.ACTIVITY)))
    public Response get(@PathParam("id") UUID id) {
        ActivityView activity = activities.get(id);
        return ETags.ok(activity, activity.version());
    }
}
