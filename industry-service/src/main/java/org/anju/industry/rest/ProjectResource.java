package org.anju.industry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.UriInfo;
import org.anju.industry.domain.ProjectStatus;
import org.anju.industry.domain.ProjectType;
import org.anju.industry.service.AddBeneficiary;
import org.anju.industry.service.BeneficiaryView;
import org.anju.industry.service.ChangeProjectStatus;
import org.anju.industry.service.PayDividend;
import org.anju.industry.service.ProjectService;
import org.anju.industry.service.ProjectView;
import org.anju.industry.service.RegisterProject;
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

@Path("/api/v1/projects")
@Tag(name = "Industry projects", description = "产业项目 and the households benefiting from them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService projects;

    public ProjectResource(ProjectService projects) {
        this.projects = projects;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerProject", summary = "Register an industry project (PLANNED)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Heshun greenhouses", value = Examples.REGISTER_PROJECT)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    @APIResponse(responseCode = "409", description = "A domain rule forbids it (e.g. site-in-same-county)")
    @APIResponse(responseCode = "422", description = "The named site is unknown, or the Idempotency-Key was used with another body")
    public Response register(@NotNull @Valid RegisterProject command, @Context UriInfo uri) {
        return Responses.created(uri, projects.record(command));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listProjects", summary = "List industry projects (a county officer sees their county)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ProjectPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.PROJECT_PAGE)))
    public Page<ProjectView> list(@QueryParam("county") CountyCode county,
                                      @QueryParam("type") ProjectType type, @QueryParam("status") ProjectStatus status,
                                      @QueryParam("siteId") UUID siteId, @QueryParam("cursor") String cursor,
                                      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return projects.list(county, type, status, siteId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getProject", summary = "One industry project, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(projects.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "correctProject", summary = "Correct a project's details (its county and status stay)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corrected", value = Examples.REGISTER_PROJECT)))
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "corrected", value = Examples.PROJECT_CORRECTED)))
    @APIResponse(responseCode = "409", description = "Rules county-is-fixed, site-in-same-county, capacity-has-unit")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RegisterProject command) {
        return Responses.ok(projects.correct(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "changeProjectStatus", summary = "Start operating or close a project (PLANNED → OPERATING → CLOSED)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "operating", value = Examples.CHANGE_PROJECT_STATUS)))
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class),
                    examples = @ExampleObject(name = "project", value = Examples.PROJECT_OPERATING)))
    @APIResponse(responseCode = "409", description = "Rule project-status-transition")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid ChangeProjectStatus command) {
        return Responses.ok(projects.changeStatus(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/beneficiaries")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "addBeneficiary", summary = "Add a household as a beneficiary (again, if it was removed)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "household", value = Examples.ADD_BENEFICIARY)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeneficiaryView.class),
                    examples = @ExampleObject(name = "beneficiary", value = Examples.BENEFICIARY)))
    @APIResponse(responseCode = "409", description = "Rules beneficiary-added-once, beneficiaries-of-open-projects-only")
    @APIResponse(responseCode = "422",
            description = "The household is unknown to the household replica, or the Idempotency-Key was used with another body")
    public Response addBeneficiary(@PathParam("id") UUID id, @NotNull @Valid AddBeneficiary command, @Context UriInfo uri) {
        BeneficiaryView added = projects.addBeneficiary(id, command);
        return ETags.created(uri, added.householdId(), added, added.version());
    }

    @GET
    @Path("/{id}/beneficiaries")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listBeneficiaries", summary = "The project's beneficiary households (active=false: removed ones)")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.BeneficiaryPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.BENEFICIARY_PAGE)))
    public Page<BeneficiaryView> beneficiaries(@PathParam("id") UUID id, @QueryParam("active") Boolean active,
                                                   @QueryParam("cursor") String cursor,
                                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return projects.beneficiaries(id, active, cursor, limit);
    }

    @GET
    @Path("/{id}/beneficiaries/{householdId}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getBeneficiary", summary = "One beneficiary household of the project")
    @APIResponse(responseCode = "200", description = "The beneficiary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeneficiaryView.class),
                    examples = @ExampleObject(name = "beneficiary", value = Examples.BENEFICIARY)))
    public Response beneficiary(@PathParam("id") UUID id, @PathParam("householdId") UUID householdId) {
        return Responses.ok(projects.beneficiary(id, householdId));
    }

    @DELETE
    @Path("/{id}/beneficiaries/{householdId}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "removeBeneficiary", summary = "Remove a household from the project (kept with active=false and its payouts)")
    @APIResponse(responseCode = "200", description = "Removed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeneficiaryView.class),
                    examples = @ExampleObject(name = "beneficiary", value = Examples.BENEFICIARY_REMOVED)))
    @APIResponse(responseCode = "409", description = "Rule beneficiary-removed-once")
    public Response removeBeneficiary(@PathParam("id") UUID id, @PathParam("householdId") UUID householdId,
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.ok(projects.removeBeneficiary(id, householdId, ifMatch));
    }

    @POST
    @Path("/{id}/beneficiaries/{householdId}/dividends")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "payDividend", summary = "Record a dividend paid to a beneficiary household")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PV payout", value = Examples.PAY_DIVIDEND)))
    @APIResponse(responseCode = "200", description = "Recorded; dividendsPaid is the new total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeneficiaryView.class),
                    examples = @ExampleObject(name = "beneficiary", value = Examples.BENEFICIARY_PAID)))
    @APIResponse(responseCode = "409", description = "Rules dividends-to-active-beneficiaries, beneficiaries-of-open-projects-only")
    public Response payDividend(@PathParam("id") UUID id, @PathParam("householdId") UUID householdId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid PayDividend command) {
        return Responses.ok(projects.payDividend(id, householdId, ifMatch, command));
    }
}
