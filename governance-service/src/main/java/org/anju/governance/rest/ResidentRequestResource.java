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
import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.service.RectifyRequest;
import org.anju.governance.service.RequestView;
import org.anju.governance.service.ResidentRequestService;
import org.anju.governance.service.ResolveRequest;
import org.anju.governance.service.SubmitRequest;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Residents' requests (群众诉求) under the "four firsts": each step is an explicit command, made by
 * the calling officer (the token's subject is recorded as the officer id).
 */
@Path("/api/v1/requests")
@Tag(name = "Residents' requests", description = "群众诉求: submit, accept, resolve, reply, rectify; SLA and overdue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResidentRequestResource {

    private final ResidentRequestService requests;
    /** The calling officer: its subject is recorded as the officer id of each step. */
    private final JsonWebToken caller;

    ResidentRequestResource(ResidentRequestService requests, JsonWebToken caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "submitRequest", summary = "Submit a resident's request; acceptance is due within the SLA")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "complaint", value = Examples.SUBMIT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED_REQUEST)))
    public Response submit(@NotNull @Valid SubmitRequest command, @Context UriInfo uri) {
        RequestView view = requests.submit(command, caller.getSubject());
        return ETags.created(uri, view.request().id(), view, view.request().version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listRequests", summary = "List requests by status, county, site, category; overdue=true: those past a deadline now")
    @APIResponse(responseCode = "200", description = "One page of requests",
            content = @Content(schema = @Schema(implementation = PageSchemas.RequestPage.class),
                    examples = @ExampleObject(name = "page", value = Examples.REQUESTS)))
    public Page<RequestView> list(@QueryParam("county") CountyCode county,
                                  @QueryParam("siteId") UUID siteId,
                                  @QueryParam("status") RequestStatus status,
                                  @QueryParam("category") RequestCategory category,
                                  @QueryParam("overdue") Boolean overdue,
                                  @QueryParam("limit") @DefaultValue(Limits.DEFAULT) @Min(1) @Max(Limits.MAX) int limit,
                                  @QueryParam("cursor") String cursor) {
        return requests.list(county, siteId, status, category, overdue, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getRequest", summary = "One request with its SLA deadlines and overdue state")
    @APIResponse(responseCode = "200", description = "The request; its ETag is its version",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "accepted", value = Examples.REQUEST)))
    public Response get(@PathParam("id") UUID id) {
        return ok(requests.get(id));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "acceptRequest", summary = "Accept a SUBMITTED request (受理); resolution is then due in working days")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "accepted", value = Examples.REQUEST)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(requests.accept(id, ifMatch, caller.getSubject()));
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "resolveRequest", summary = "Resolve an ACCEPTED request (办理); a complaint may require a rectification")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "resolved", value = Examples.RESOLVE_REQUEST)))
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "resolved", value = Examples.RESOLVED_REQUEST)))
    public Response resolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ResolveRequest command) {
        return ok(requests.resolve(id, ifMatch, command, caller.getSubject()));
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "replyToRequest", summary = "Record the reply to the resident of a RESOLVED request (答复)")
    @APIResponse(responseCode = "200", description = "Replied",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "replied", value = Examples.REPLIED_REQUEST)))
    public Response reply(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(requests.reply(id, ifMatch, caller.getSubject()));
    }

    @POST
    @Path("/{id}/rectify")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "rectifyRequest", summary = "Record the correction a REPLIED complaint required (整改)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rectified", value = Examples.RECTIFY_REQUEST)))
    @APIResponse(responseCode = "200", description = "Rectified",
            content = @Content(schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "rectified", value = Examples.RECTIFIED_REQUEST)))
    public Response rectify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RectifyRequest command) {
        return ok(requests.rectify(id, ifMatch, command, caller.getSubject()));
    }

    private static Response ok(RequestView view) {
        return ETags.ok(view, view.request().version());
    }
}
