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
import org.anju.gateway.service.IndicatorDefinitionView;
import org.anju.gateway.service.IndicatorService;
import org.anju.gateway.service.IndicatorsView;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** City, county and site indicators; city and county figures are open data. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Live programme indicators computed from every service's events")
public class IndicatorResource {

    private final IndicatorService indicators;

    public IndicatorResource(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    @Path("/indicators")
    @PermitAll
    @Operation(operationId = "getIndicators", summary = "Every indicator of the city, or of one county",
            description = "Each figure with numerator, denominator, unit, definition, target, gap and asOf, plus the freshness of each source topic.")
    @APIResponse(responseCode = "200", description = "The indicators")
    public IndicatorsView indicators(@QueryParam("county") @Parameter(description = "6-digit county code, e.g. 140723", example = "140723")
                                     CountyCode county) {
        return indicators.indicators(county);
    }

    @GET
    @Path("/counties")
    @PermitAll
    @Operation(operationId = "getCounties", summary = "Every county's indicators side by side")
    @APIResponse(responseCode = "200", description = "One entry per county of the city, also those without data yet")
    public CountiesView counties() {
        return indicators.counties();
    }

    @GET
    @Path("/sites/{id}/indicators")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getSiteIndicators", summary = "The indicators of one resettlement site")
    @APIResponse(responseCode = "200", description = "The site's indicators")
    @APIResponse(responseCode = "404", description = "No relocated household is destined for this site")
    public IndicatorsView site(@PathParam("id") String siteId) {
        return indicators.site(siteId);
    }

    @GET
    @Path("/indicators/catalogue")
    @PermitAll
    @Operation(operationId = "getIndicatorCatalogue", summary = "What every indicator means: labels, unit, numerator and denominator, levels")
    @APIResponse(responseCode = "200", description = "The catalogue")
    public List<IndicatorDefinitionView> catalogue() {
        return indicators.catalogue();
    }
}
