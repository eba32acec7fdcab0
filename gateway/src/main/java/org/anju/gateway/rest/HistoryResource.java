package org.anju.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.gateway.service.PlanValueView;
import org.anju.gateway.service.SeriesService;
import org.anju.gateway.service.SeriesView;
import org.anju.gateway.service.SetTarget;
import org.anju.gateway.service.TargetScope;
import org.anju.gateway.service.TargetService;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Indicators through time (by the records' business dates) and plan values. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
public class HistoryResource {

    private final SeriesService series;
    private final TargetService targets;

    public HistoryResource(SeriesService series, TargetService targets) {
        this.series = series;
        this.targets = targets;
    }

    @GET
    @Path("/indicators/{id}/series")
    @PermitAll
    @Operation(operationId = "getIndicatorSeries", summary = "One indicator through time, for the city or a county",
            description = "The figures as they stood at the end of each day, month, quarter or year, counted by the records' own"
                    + " business dates (see each indicator's dating rule); a back-dated correction moves the past points.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = IndicatorResource.IF_NONE_MATCH)
    @APIResponse(responseCode = "200", description = "Numerator, denominator and value at the end of each period, oldest first",
            headers = @Header(name = "ETag", description = IndicatorResource.ETAG))
    @APIResponse(responseCode = "304", description = IndicatorResource.NOT_MODIFIED,
            headers = @Header(name = "ETag", description = IndicatorResource.ETAG))
    public SeriesView series(@PathParam("id") String indicatorId,
                         @QueryParam("county") @Parameter(description = "6-digit county code (absent: the city)", example = "140723") CountyCode county,
                         @QueryParam("from") @Parameter(description = "first day (default: the programme's first recorded day)", example = "2016-01-01") LocalDate from,
                         @QueryParam("to") @Parameter(description = "last day (default: today)", example = "2020-12-31") LocalDate to,
                         @QueryParam("interval") @Parameter(description = "day (default), month, quarter or year", example = "month") String interval) {
        return series.series(indicatorId, county, from, to, interval);
    }

    @GET
    @Path("/targets")
    @PermitAll
    @Operation(operationId = "listTargets", summary = "Every plan value ('*' applies to every scope without its own)")
    @APIResponse(responseCode = "200", description = "The targets")
    public List<PlanValueView> targets() {
        return targets.all();
    }

    @PUT
    @Path("/targets/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "setTarget", summary = "Set the plan value of an indicator for the city, a county, or every scope")
    @APIResponse(responseCode = "200", description = "The target as stored")
    public PlanValueView setTarget(@PathParam("indicatorId") String indicatorId,
                                   @QueryParam("county") @Parameter(description = "a 6-digit county, '*' for every scope, absent for the city")
                                   TargetScope scope,
                                   @Valid @NotNull SetTarget command) {
        return targets.set(indicatorId, scope, command);
    }
}
