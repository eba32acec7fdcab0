package org.anju.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.gateway.service.ClaimView;
import org.anju.gateway.service.DataQualityService;
import org.anju.gateway.service.DataQualityView;
import org.anju.gateway.service.DeclareClaim;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/** Contradictions in the records and in declared figures, stated with their arithmetic. */
@Path("/api/v1/data-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data quality", description = "Figures that cannot all be true")
public class DataQualityResource {

    private final DataQualityService dataQuality;

    public DataQualityResource(DataQualityService dataQuality) {
        this.dataQuality = dataQuality;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getDataQualityFindings", summary = "Current findings over the records and the declared figures")
    @APIResponse(responseCode = "200", description = "Every finding, with its rule, scope and arithmetic")
    public DataQualityView findings(@QueryParam("asOf") @Parameter(description = "the findings about the figures as they stood at the end of"
            + " this day (programme time zone): the records of that day, and only the claims that speak for it; absent: today's",
            example = "2018-12-31") LocalDate asOf) {
        return dataQuality.findings(asOf);
    }

    @GET
    @Path("/claims")
    @PermitAll
    @Operation(operationId = "listClaims", summary = "Declared figures being checked")
    @APIResponse(responseCode = "200", description = "The claims")
    public List<ClaimView> claims() {
        return dataQuality.claims();
    }

    @PUT
    @Path("/claims/{indicatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "declareClaim", summary = "Declare a figure (e.g. a report's) for the city or a county",
            description = "indicatorId may name a part of a split indicator, e.g. funds.received:POLICY_LOAN.")
    @APIResponse(responseCode = "200", description = "The claim as stored")
    public ClaimView declare(@PathParam("indicatorId") @Size(max = 128)
                             @Pattern(regexp = "[a-z0-9.-]+(:[A-Za-z0-9_-]+)?", message = "{gateway.indicator-id}") String indicatorId,
                             @QueryParam("county") @Parameter(description = "6-digit county code (absent: the city)", example = "140723") CountyCode county,
                             @Valid @NotNull DeclareClaim command) {
        return dataQuality.declare(indicatorId, county, command);
    }
}
