package org.anju.households.rest;

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
import org.anju.households.service.DatedCommand;
import org.anju.households.service.RegisterSite;
import org.anju.households.service.SiteService;
import org.anju.households.service.SiteView;
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
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.REGISTERED)))
    public Response register(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = RegisterSite.class),
                                     examples = @ExampleObject(name = "county-town site", value = SiteExamples.REGISTER)))
                             @Valid @NotNull RegisterSite command, @Context UriInfo uri) {
        SiteView site = sites.register(command);
        return ETags.created(uri, site.id(), site, site.version());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getSite", summary = "A site with its occupancy; ETag is its version")
    @APIResponse(responseCode = "200", description = "The site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.SITE)))
    public Response get(@PathParam("id") UUID id) {
        return ok(sites.get(id));
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listSites", summary = "Sites, filtered by county, status and placement mode, in pages")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.SitePage.class),
                    examples = @ExampleObject(name = "page", value = SiteExamples.PAGE)))
    public Page<SiteView> list(@QueryParam("county") CountyCode county,
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
    @APIResponse(responseCode = "200", description = "The corrected site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.CORRECTED)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                   schema = @Schema(implementation = RegisterSite.class),
                                   examples = @ExampleObject(name = "county-town site", value = SiteExamples.REGISTER)))
                           @Valid @NotNull RegisterSite command) {
        return ok(sites.update(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/start-construction")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "startSiteConstruction", summary = "PLANNED → UNDER_CONSTRUCTION; emits SiteConstructionStarted")
    @APIResponse(responseCode = "200", description = "The site under construction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.UNDER_CONSTRUCTION)))
    public Response startConstruction(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                              schema = @Schema(implementation = DatedCommand.class),
                                              examples = @ExampleObject(name = "on a day", value = SiteExamples.START_CONSTRUCTION)))
                                      @Valid DatedCommand command) {
        return ok(sites.startConstruction(id, ifMatch, command));
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "completeSite", summary = "UNDER_CONSTRUCTION → COMPLETED (竣工) on a date; emits SiteCompleted")
    @APIResponse(responseCode = "200", description = "The completed site",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteView.class),
                    examples = @ExampleObject(name = "site", value = SiteExamples.COMPLETED)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                     schema = @Schema(implementation = DatedCommand.class),
                                     examples = @ExampleObject(name = "on a day", value = SiteExamples.DATED)))
                             @Valid DatedCommand command) {
        return ok(sites.complete(id, ifMatch, command));
    }

    private static Response ok(SiteView site) {
        return ETags.ok(site, site.version());
    }
}
