package org.anju.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Test-only endpoints that fail in every way the problem mappers know. */
@Path("/api/test/problems")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProblemTestResource {

    public record Member(@NotBlank String name, @Pattern(regexp = "\\d{17}[\\dX]", message = "must be an 18-character ID number") String idNumber) {
    }

    public record HouseholdForm(@NotBlank String county, @NotEmpty List<@Valid Member> members) {
    }

    public record DatedForm(LocalDate movedInOn, org.anju.platform.programme.CountyCode county,
                            @jakarta.validation.constraints.Size(max = 4) String name) {
    }

    @POST
    @Path("/dated")
    @Consumes(MediaType.APPLICATION_JSON)
    public DatedForm dated(@Valid DatedForm form) {
        return form;
    }

    public record StrictForm(java.time.Instant receivedAt, java.time.OffsetDateTime signedAt, java.time.ZonedDateTime heardAt,
                             int plannedHouseholds, Integer year, long total, Short floors, java.math.BigInteger big,
                             @org.anju.platform.json.Identifier String registryNumber, List<@Valid Member> members) {
    }

    @POST
    @Path("/strict")
    @Consumes(MediaType.APPLICATION_JSON)
    public StrictForm strict(StrictForm form) {
        return form;
    }

    @GET
    @Path("/instants")
    public String instants(@QueryParam("at") java.time.Instant at, @QueryParam("from") LocalDate from) {
        return at + " " + from;
    }

    @GET
    @Path("/dates/{on}")
    public String dateInPath(@PathParam("on") LocalDate on) {
        return on.toString();
    }

    @GET
    @Path("/tags")
    public String tags(@QueryParam("tag") List<String> tags, @QueryParam("limit") Integer limit) {
        return String.join(",", tags) + ";" + limit;
    }

    @POST
    @Path("/sheets")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Produces("text/csv")
    public String sheet(String body) {
        return body;
    }

    @GET
    @Path("/overloaded")
    public String overloaded() throws java.sql.SQLException {
        throw new java.sql.SQLException("Sorry, acquisition timeout!");
    }

    @GET
    @Path("/flags")
    public String flag(@QueryParam("dryRun") boolean dryRun) {
        return Boolean.toString(dryRun);
    }

    @GET
    @Path("/counties")
    public String county(@QueryParam("county") org.anju.platform.programme.CountyCode county) {
        return county == null ? "none" : county.code();
    }

    @POST
    @Path("/households")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid HouseholdForm form) {
        return Response.created(URI.create("/api/test/problems/households/1")).entity(form).build();
    }

    @GET
    @Path("/households/{id}")
    public HouseholdForm get(@PathParam("id") long id) {
        throw new ResourceNotFound("household", id);
    }

    @GET
    @Path("/households")
    public List<HouseholdForm> list(@QueryParam("limit") @Max(100) Integer limit, @QueryParam("since") LocalDate since) {
        return List.of();
    }

    @POST
    @Path("/households/{id}/move-in")
    public void moveIn(@PathParam("id") long id) {
        throw new DomainRuleViolation("housing-requires-completed-site", "Site 7 is still under construction");
    }

    @GET
    @Path("/broken")
    public String broken() {
        throw new IllegalStateException("ERROR: relation \"platform_secret\" does not exist at SELECT id_number FROM members");
    }
}
