package org.anju.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.HashMap;
import java.util.Map;

/** Test-only county-scoped records, and one endpoint that forgot its security annotation. */
@Path("/api/test")
@Produces(MediaType.APPLICATION_JSON)
public class SecuredTestResource {

    static final String ID_NUMBER = "14072319900101123X";

    private final CountyScope countyScope;
    private final PersonalData personalData;

    public SecuredTestResource(CountyScope countyScope, PersonalData personalData) {
        this.countyScope = countyScope;
        this.personalData = personalData;
    }

    @GET
    @Path("/counties/{county}/records")
    @RolesAllowed(Roles.READ)
    public Map<String, String> read(@PathParam("county") String county) {
        countyScope.requireRead(county);
        Map<String, String> record = new HashMap<>();
        record.put("county", county);
        record.put("idNumber", personalData.idNumber(ID_NUMBER));
        return record;
    }

    @POST
    @Path("/counties/{county}/records")
    @RolesAllowed(Roles.WRITE)
    public Map<String, String> write(@PathParam("county") String county) {
        countyScope.requireWrite(county);
        return Map.of("county", county);
    }

    @GET
    @Path("/records")
    @RolesAllowed(Roles.READ)
    public Map<String, String> list() {
        return Map.of("county", countyScope.readFilter().orElse("*"));
    }

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "should never be served";
    }
}
