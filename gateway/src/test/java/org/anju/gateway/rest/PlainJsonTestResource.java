package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.gateway.service.IndicatorService;
import org.anju.platform.programme.CountyCode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;

/**
 * Test only, left out of the API document: the views the indicator reads answer, as the application's
 * {@link ObjectMapper} writes them in the request's language — what {@link Representations} must answer byte for byte.
 */
@Path("/api/test/plain-json")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PlainJsonTestResource {

    private final IndicatorService indicators;
    private final ObjectMapper json;

    public PlainJsonTestResource(IndicatorService indicators, ObjectMapper json) {
        this.indicators = indicators;
        this.json = json;
    }

    @GET
    @Path("/indicators")
    @Operation(hidden = true)
    public byte[] indicators(@QueryParam("county") CountyCode county) throws IOException {
        return json.writeValueAsBytes(indicators.indicators(county));
    }

    @GET
    @Path("/counties")
    @Operation(hidden = true)
    public byte[] counties() throws IOException {
        return json.writeValueAsBytes(indicators.counties());
    }

    @GET
    @Path("/counties/{county}/sites")
    @Operation(hidden = true)
    public byte[] countySites(@PathParam("county") CountyCode county) throws IOException {
        return json.writeValueAsBytes(indicators.countySites(county, null));
    }

    @GET
    @Path("/catalogue")
    @Operation(hidden = true)
    public byte[] catalogue() throws IOException {
        return json.writeValueAsBytes(indicators.catalogue());
    }
}
