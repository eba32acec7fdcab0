package org.anju.households.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.households.domain.ImportFormat;
import org.anju.households.service.HouseholdFile;
import org.anju.households.service.ImportJobView;
import org.anju.households.service.ImportService;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/** Bulk imports of households from the spreadsheets county offices keep. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk household imports from CSV or XLSX: asynchronous jobs with per-row errors")
public class ImportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Path("/households")
    @Consumes(CSV)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdsCsv", summary = "Import households with their members from CSV (UTF-8, header row); answers 202 with the job")
    @RequestBody(content = @Content(mediaType = CSV, examples = @ExampleObject(name = "two members", value = ImportExamples.CSV)))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response importCsv(byte[] content) {
        return accepted(imports.submit(ImportFormat.CSV, content, identity.getPrincipal().getName()));
    }

    @POST
    @Path("/households")
    @Consumes(XLSX)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdsXlsx", summary = "Import households from the first sheet of an XLSX workbook (same columns as the CSV)")
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response importXlsx(byte[] content) {
        return accepted(imports.submit(ImportFormat.XLSX, content, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "getImport", summary = "An import's progress (rows done of total) and every row not imported, with why")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "completed with two rejected rows", value = ImportExamples.JOB)))
    public ImportJobView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("/households/template")
    @Produces(CSV + ";charset=UTF-8")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "householdImportTemplate", summary = "The CSV template: the header and one example household")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = CSV))
    public Response template() {
        return Response.ok(HouseholdFile.template())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"households-template.csv\"").build();
    }

    private static Response accepted(ImportJobView job) {
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }
}
