package org.anju.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.gateway.service.CountiesView;
import org.anju.gateway.service.CountySitesView;
import org.anju.gateway.service.IndicatorDefinitionView;
import org.anju.gateway.service.IndicatorService;
import org.anju.gateway.service.IndicatorsView;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * City, county and site indicators; city and county figures are open data. Every read answers a strong ETag and
 * a 304 to a request whose If-None-Match names it ({@link RevalidatedReads}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Live programme indicators computed from every service's events")
public class IndicatorResource {

    static final String IF_NONE_MATCH = "the ETag of the copy the client holds: answered 304 without a body while it is current";
    static final String ETAG = "strong, over the JSON in the request's language; send it back as If-None-Match to revalidate";
    static final String NOT_MODIFIED = "Not modified: If-None-Match names the current ETag (the copy the client holds is current); no body";

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @Path("/indicators")
    @PermitAll
    @Operation(operationId = "getIndicators", summary = "Every indicator of the city, or of one county",
            description = "Each figure with numerator, denominator, unit, definition, target, gap and asOf, plus the freshness of each source topic;"
                    + " with asOf, as the figures stood at the end of that day by the records' business dates.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "The indicators", headers = @Header(name = "ETag", description = ETAG))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = "ETag", description = ETAG))
    public IndicatorsView indicators(@QueryParam("county") @Parameter(description = "6-digit county code, e.g. 140723", example = "140723")
                                     CountyCode county,
                                     @QueryParam("asOf") @Parameter(description = "the figures as they stood at the end of this day (programme time zone), counting only facts dated on or before it; absent: today's", example = "2018-12-31") LocalDate asOf) {
        return indicators.indicators(county, asOf);
    }

    @GET
    @Path("/counties")
    @PermitAll
    @Operation(operationId = "getCounties", summary = "Every county's indicators side by side")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "One entry per county of the city, also those without data yet",
            headers = @Header(name = "ETag", description = ETAG))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = "ETag", description = ETAG))
    public CountiesView counties(@QueryParam("asOf") @Parameter(description = "the figures as they stood at the end of this day (programme time zone), counting only facts dated on or before it; absent: today's", example = "2018-12-31") LocalDate asOf) {
        return indicators.counties(asOf);
    }

    @GET
    @Path("/sites/{id}/indicators")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getSiteIndicators", summary = "The indicators of one resettlement site")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "The site's indicators", headers = @Header(name = "ETag", description = ETAG))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = "ETag", description = ETAG))
    @APIResponse(responseCode = "404", description = "No site has this id (a known site without households answers zeros)")
    public IndicatorsView site(@PathParam("id") String siteId, @QueryParam("asOf") @Parameter(description = "the figures as they stood at the end of this day (programme time zone), counting only facts dated on or before it; absent: today's", example = "2018-12-31") LocalDate asOf) {
        return indicators.site(siteId, asOf);
    }

    @GET
    @Path("/counties/{county}/sites")
    @PermitAll
    @Operation(operationId = "getCountySites", summary = "The resettlement sites of one county with their occupancy",
            description = "Every site of the county the gateway knows (from households.v1), sorted by name: id, name, placement mode and"
                    + " its occupancy figures only (relocated households and people, households moved in, occupancy rate), today or as of"
                    + " a day; zeros for a site without households. A site's other figures (money, income) need a token:"
                    + " /api/v1/sites/{id}/indicators.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "The county's sites, an empty list when it has none",
            headers = @Header(name = "ETag", description = ETAG),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountySitesView.class),
                    examples = @ExampleObject(name = "sites", value = IndicatorExamples.COUNTY_SITES)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = "ETag", description = ETAG))
    public CountySitesView countySites(@PathParam("county") @Parameter(description = "6-digit county code, e.g. 140723", example = "140723")
                                       CountyCode county,
                                       @QueryParam("asOf") @Parameter(description = "the figures as they stood at the end of this day (programme time zone), counting only facts dated on or before it; absent: today's", example = "2018-12-31") LocalDate asOf) {
        return indicators.countySites(county, asOf);
    }

    @GET
    @Path("/indicators/catalogue")
    @PermitAll
    @Operation(operationId = "getIndicatorCatalogue", summary = "What every indicator means: labels, unit, numerator and denominator, levels")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "The catalogue", headers = @Header(name = "ETag", description = ETAG))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED, headers = @Header(name = "ETag", description = ETAG))
    public List<IndicatorDefinitionView> catalogue() {
        return indicators.catalogue();
    }
}
