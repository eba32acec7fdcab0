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
import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.SiteStatus;
import org.anju.households.service.SiteService;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.rest.Page;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Centralised resettlement sites (集中安置点) and their construction. */
@Path("/api/v1/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sites", description = "Centralised resettlement sites (集中安置点): registration, construction, occupancy")
public class SiteResource {

    private final SiteService sites;

    public SiteResource(SiteService sites) {
        this.sites = sites;
    }

    @POST
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "registerSite", summary = "Register a site (PLANNED, version 1); emits SiteRegistered")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    public Response register(@Valid @NotNull SiteRequest request, @Context UriInfo uri) {
        SiteResponse site = sites.register(request);
        return ETags.created(uri, site.id(), site, site.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getSite", summary = "A site with its occupancy; ETag is its version")
    @APIResponse(responseCode = "200", description = "The site", content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        SiteResponse site = sites.get(id);
        return ETags.ok(site, site.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listSites", summary = "Sites, filtered by county, status and placement mode, in pages")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(schema = @Schema(implementation = SitePage.class)))
    public Page<SiteResponse> list(@QueryParam("county") @Pattern(regexp = "\\d{6}", message = "must be a 6-digit county code") String county,
                                   @QueryParam("status") SiteStatus status,
                                   @QueryParam("mode") PlacementMode mode,
                                   @QueryParam("cursor") String cursor,
                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return sites.list(county, status, mode, cursor, limit);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "updateSite", summary = "Correct a site's details (not its county); emits SiteUpdated")
    @APIResponse(responseCode = "200", description = "The corrected site", content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull SiteRequest request) {
        SiteResponse site = sites.update(id, ifMatch, request);
        return ETags.ok(site, site.version());
    }

    @POST
    @Path("/{id}/start-construction")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "startSiteConstruction", summary = "PLANNED → UNDER_CONSTRUCTION; emits SiteConstructionStarted")
    @APIResponse(responseCode = "200", description = "The site under construction", content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    public Response startConstruction(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DatedCommand command) {
        SiteResponse site = sites.startConstruction(id, ifMatch, DatedCommand.dateOf(command));
        return ETags.ok(site, site.version());
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "completeSite", summary = "UNDER_CONSTRUCTION → COMPLETED (竣工) on a date; emits SiteCompleted")
    @APIResponse(responseCode = "200", description = "The completed site", content = @Content(schema = @Schema(implementation = SiteResponse.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid DatedCommand command) {
        SiteResponse site = sites.complete(id, ifMatch, DatedCommand.dateOf(command));
        return ETags.ok(site, site.version());
    }

    /** The page shape, for the OpenAPI document. */
    @Schema(name = "SitePage")
    record SitePage(java.util.List<SiteResponse> items, String nextCursor) {
    }
}
