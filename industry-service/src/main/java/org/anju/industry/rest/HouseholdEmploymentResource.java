package org.anju.industry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.industry.service.HouseholdEmploymentService;
import org.anju.industry.service.HouseholdEmploymentView;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1")
@Tag(name = "Household employment", description = "Employment situation derived per relocated household; 零就业家庭")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdEmploymentResource {

    private final HouseholdEmploymentService situations;

    public HouseholdEmploymentResource(HouseholdEmploymentService situations) {
        this.situations = situations;
    }

    @GET
    @Path("/households/{id}/employment")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getHouseholdEmployment", summary = "A household's employed members, stable employment and zero-employment flag")
    @APIResponse(responseCode = "200", description = "The derived situation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdEmploymentView.class),
                    examples = @ExampleObject(name = "zero-employment household", value = Examples.HOUSEHOLD_EMPLOYMENT)))
    @APIResponse(responseCode = "404", description = "The household is unknown to industry-service")
    public Response household(@PathParam("id") UUID id) {
        HouseholdEmploymentView situation = situations.situationOf(id);
        return ETags.ok(situation, situation.version());
    }

    @GET
    @Path("/zero-employment-households")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listZeroEmploymentHouseholds",
            summary = "Moved-in households with labour capacity and no stably employed member, for officers to act on")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.HouseholdEmploymentPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.HOUSEHOLD_EMPLOYMENT_PAGE)))
    public Page<HouseholdEmploymentView> zeroEmployment(@QueryParam("county") CountyCode county,
                                                            @QueryParam("cursor") String cursor,
                                                            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return situations.zeroEmploymentHouseholds(county, cursor, limit);
    }
}
