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
import org.anju.governance.service.AdoptRule;
import org.anju.governance.service.AppointOfficer;
import org.anju.governance.service.BranchView;
import org.anju.governance.service.FormGroup;
import org.anju.governance.service.FoundBranch;
import org.anju.governance.service.PartyBranchService;
import org.anju.governance.service.RelieveOfficer;
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

/** Joint Party branches with their officers (terms kept as history), Party groups and rules. */
@Path("/api/v1/party-branches")
@Tag(name = "Party branches", description = "联合党支部: officers, Party groups (党小组), adopted rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartyBranchResource {

    private final PartyBranchService branches;

    PartyBranchResource(PartyBranchService branches) {
        this.branches = branches;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "foundPartyBranch", summary = "Found a joint Party branch for one or more sites, with its secretary")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "branch", value = Examples.FOUND_BRANCH)))
    @APIResponse(responseCode = "201", description = "Founded",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "branch", value = Examples.FOUNDED_BRANCH)))
    public Response found(@NotNull @Valid FoundBranch command, @Context UriInfo uri) {
        BranchView view = branches.found(command);
        return ETags.created(uri, view.id(), view, view.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listPartyBranches", summary = "List branches by county and site")
    @APIResponse(responseCode = "200", description = "One page of branches",
            content = @Content(schema = @Schema(implementation = PageSchemas.BranchPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.BRANCHES)))
    public Page<BranchView> list(@QueryParam("county") CountyCode county,
                                 @QueryParam("siteId") UUID siteId,
                                 @QueryParam("limit") @DefaultValue(Limits.DEFAULT) @Min(1) @Max(Limits.MAX) int limit,
                                 @QueryParam("cursor") String cursor) {
        return branches.list(county, siteId, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getPartyBranch", summary = "One branch with every officer term, its groups and rules")
    @APIResponse(responseCode = "200", description = "The branch; its ETag is its version",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "branch", value = Examples.BRANCH)))
    public Response get(@PathParam("id") UUID id) {
        return ok(branches.get(id));
    }

    @GET
    @Path("/{id}/officers")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listBranchOfficers", summary = "Every officer term of a branch, oldest first; current=true: those in post")
    @APIResponse(responseCode = "200", description = "The terms (one page: a branch has few)",
            content = @Content(schema = @Schema(implementation = PageSchemas.OfficerPage.class),
                    examples = @ExampleObject(name = "officers", value = Examples.OFFICERS)))
    public Page<BranchView.Officer> officers(@PathParam("id") UUID id, @QueryParam("current") boolean current) {
        return branches.officers(id, current);
    }

    @GET
    @Path("/{id}/groups")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listPartyGroups", summary = "The Party groups of a branch with their sizes")
    @APIResponse(responseCode = "200", description = "The groups (one page: a branch has few)",
            content = @Content(schema = @Schema(implementation = PageSchemas.GroupPage.class),
                    examples = @ExampleObject(name = "groups", value = Examples.GROUPS)))
    public Page<BranchView.Group> groups(@PathParam("id") UUID id) {
        return branches.groups(id);
    }

    @GET
    @Path("/{id}/rules")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listBranchRules", summary = "The rule documents a branch adopted, superseded ones included")
    @APIResponse(responseCode = "200", description = "The rules (one page: a branch has few)",
            content = @Content(schema = @Schema(implementation = PageSchemas.RulePage.class),
                    examples = @ExampleObject(name = "rules", value = Examples.RULES)))
    public Page<BranchView.Rule> rules(@PathParam("id") UUID id) {
        return branches.rules(id);
    }

    @POST
    @Path("/{id}/officers")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "appointBranchOfficer",
            summary = "Appoint an officer; appointing a SECRETARY hands the post over from the current one")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "deputy", value = Examples.APPOINT_OFFICER)))
    @APIResponse(responseCode = "200", description = "Appointed",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "appointed", value = Examples.BRANCH)))
    public Response appoint(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid AppointOfficer command) {
        return ok(branches.appoint(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/officers/{officerId}/relieve")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "relieveBranchOfficer", summary = "End an officer's term (the secretary only leaves through a handover)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "relieved", value = Examples.RELIEVE_OFFICER)))
    @APIResponse(responseCode = "200", description = "Relieved",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "relieved", value = Examples.BRANCH)))
    public Response relieve(@PathParam("id") UUID id, @PathParam("officerId") String officerId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RelieveOfficer command) {
        return ok(branches.relieve(id, ifMatch, officerId, command));
    }

    @POST
    @Path("/{id}/groups")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "formPartyGroup", summary = "Form a Party group (党小组) with its number of members")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "group", value = Examples.FORM_GROUP)))
    @APIResponse(responseCode = "200", description = "Formed",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "formed", value = Examples.BRANCH)))
    public Response formGroup(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull @Valid FormGroup command) {
        return ok(branches.formGroup(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/rules")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "adoptBranchRule", summary = "Adopt a rule document; it supersedes the one of the same kind")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting system", value = Examples.ADOPT_RULE)))
    @APIResponse(responseCode = "200", description = "Adopted",
            content = @Content(schema = @Schema(implementation = BranchView.class),
                    examples = @ExampleObject(name = "adopted", value = Examples.BRANCH)))
    public Response adoptRule(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull @Valid AdoptRule command) {
        return ok(branches.adoptRule(id, ifMatch, command));
    }

    private static Response ok(BranchView view) {
        return ETags.ok(view, view.version());
    }
}
