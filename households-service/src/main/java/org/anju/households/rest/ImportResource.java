package org.anju.households.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.households.domain.ImportFormat;
import org.anju.households.domain.ImportKind;
import org.anju.households.service.ImportJobView;
import org.anju.households.service.ImportService;
import org.anju.platform.security.Roles;
import org.anju.platform.tabular.TabularFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Bulk imports from the spreadsheets county offices keep: households to register, and lifecycle
 * steps of registered households. The upload is read as a stream (a large file never sits whole on
 * the heap); {@code ?dryRun=true} checks everything and stores nothing but the row errors.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk imports from CSV or XLSX: asynchronous jobs with per-row errors, dry runs, templates")
public class ImportResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** How Windows browsers label a {@code .csv} file (Excel is registered for it): read as CSV. */
    static final String MS_EXCEL = "application/vnd.ms-excel";
    /** A file sent as plain text, or with no better type than bytes (sniffed: an XLSX is a zip). */
    static final String TEXT = MediaType.TEXT_PLAIN;
    static final String BYTES = MediaType.APPLICATION_OCTET_STREAM;
    /** The content types an import takes, as the OpenAPI document explains them. */
    static final String UPLOAD_TYPES = "A CSV file is sent as text/csv, application/vnd.ms-excel (how Windows browsers label a .csv file) "
            + "or text/plain; an XLSX workbook as " + XLSX + "; a file sent as application/octet-stream is read as XLSX when it is a zip "
            + "(starts with PK\\x03\\x04), otherwise as CSV. Any other content type is a 415.";
    /** The spreadsheet formats a {@code format} query parameter names. */
    static final String FORMATS = "csv|xlsx";
    private static final String DRY_RUN = "true|false";

    private final ImportService imports;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Path("/households")
    @Consumes({CSV, MS_EXCEL, TEXT})
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdsCsv", summary = "Import households with their members from CSV (UTF-8 or GBK as Excel saves it, "
            + "header row); answers 202 with the job", description = UPLOAD_TYPES)
    @RequestBody(content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "two members", value = ImportExamples.CSV)),
            @Content(mediaType = MS_EXCEL, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.QUEUED)))
    public Response importCsv(@Parameter(description = "check every row, store nothing but the row errors")
                              @QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun, InputStream file) {
        return submit(ImportKind.HOUSEHOLDS, ImportFormat.CSV, dryRun, file);
    }

    @POST
    @Path("/households")
    @Consumes(XLSX)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdsXlsx", summary = "Import households from the first sheet of an XLSX workbook (same columns as the CSV; "
            + "merged cells are read as filled down)")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.QUEUED)))
    public Response importXlsx(@QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun, InputStream file) {
        return submit(ImportKind.HOUSEHOLDS, ImportFormat.XLSX, dryRun, file);
    }

    @POST
    @Path("/households")
    @Consumes(BYTES)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdsFile", summary = "Import households from a file sent without a spreadsheet type: "
            + "read as XLSX when it is a zip (starts with PK), otherwise as CSV")
    @RequestBody(content = @Content(mediaType = BYTES, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.QUEUED)))
    public Response importFile(@QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun, InputStream file) {
        return sniffed(ImportKind.HOUSEHOLDS, dryRun, file);
    }

    @POST
    @Path("/household-updates")
    @Consumes({CSV, MS_EXCEL, TEXT})
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdUpdatesCsv", summary = "Apply lifecycle steps (housing, move-in, poverty exit, demolition, "
            + "reclamation) to registered households from CSV, one row per household by registry number; answers 202 with the job",
            description = UPLOAD_TYPES)
    @RequestBody(content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "one household", value = ImportExamples.UPDATES_CSV)),
            @Content(mediaType = MS_EXCEL, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.UPDATES_QUEUED)))
    public Response importUpdatesCsv(@QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun, InputStream file) {
        return submit(ImportKind.HOUSEHOLD_UPDATES, ImportFormat.CSV, dryRun, file);
    }

    @POST
    @Path("/household-updates")
    @Consumes(XLSX)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdUpdatesXlsx", summary = "Apply lifecycle steps to registered households from the first sheet of an "
            + "XLSX workbook (same columns as the CSV; date cells accepted)")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.UPDATES_QUEUED)))
    public Response importUpdatesXlsx(@QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun, InputStream file) {
        return submit(ImportKind.HOUSEHOLD_UPDATES, ImportFormat.XLSX, dryRun, file);
    }

    @POST
    @Path("/household-updates")
    @Consumes(BYTES)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "importHouseholdUpdatesFile", summary = "Apply lifecycle steps from a file sent without a spreadsheet type: "
            + "read as XLSX when it is a zip (starts with PK), otherwise as CSV")
    @RequestBody(content = @Content(mediaType = BYTES, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Accepted; follow Location for progress and per-row errors",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "queued", value = ImportExamples.UPDATES_QUEUED)))
    public Response importUpdatesFile(@QueryParam("dryRun") @DefaultValue("false") @Pattern(regexp = DRY_RUN) String dryRun,
                                      InputStream file) {
        return sniffed(ImportKind.HOUSEHOLD_UPDATES, dryRun, file);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "getImport", summary = "An import's progress (rows done of total) and every row not imported, with why, "
            + "in the caller's language (Accept-Language zh-CN or en)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobView.class),
                    examples = @ExampleObject(name = "completed with two rejected rows", value = ImportExamples.JOB)))
    public ImportJobView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("/households/template")
    @Produces({CSV + ";charset=UTF-8", XLSX})
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "householdImportTemplate", summary = "The household file's template: Chinese headers, an example household "
            + "(skipped on import while unchanged); as XLSX also identifier columns as text, drop-down lists and an explanation sheet")
    @APIResponse(responseCode = "200", description = "The template",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = ImportExamples.HOUSEHOLDS_TEMPLATE)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response template(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = FORMATS) String format) {
        return template(ImportKind.HOUSEHOLDS, format, "households-template");
    }

    @GET
    @Path("/household-updates/template")
    @Produces({CSV + ";charset=UTF-8", XLSX})
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "householdUpdateImportTemplate", summary = "The lifecycle file's template: registry number and the dates of "
            + "each step, with an example row")
    @APIResponse(responseCode = "200", description = "The template",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "csv", value = ImportExamples.UPDATES_TEMPLATE)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response updateTemplate(@QueryParam("format") @DefaultValue("csv") @Pattern(regexp = FORMATS) String format) {
        return template(ImportKind.HOUSEHOLD_UPDATES, format, "household-updates-template");
    }

    private Response submit(ImportKind kind, ImportFormat format, String dryRun, InputStream file) {
        ImportJobView job = imports.submit(kind, format, Boolean.parseBoolean(dryRun), file, identity.getPrincipal().getName());
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    /** A file of no spreadsheet type, read as the platform reads any file: a zip archive is XLSX, anything else CSV. */
    private Response sniffed(ImportKind kind, String dryRun, InputStream file) {
        BufferedInputStream buffered = new BufferedInputStream(file);
        try {
            return submit(kind, ImportFormat.valueOf(TabularFormat.of(buffered).name()), dryRun, buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response template(ImportKind kind, String format, String name) {
        TabularFormat sheet = format(format);
        return attachment(Response.ok(imports.template(kind, sheet)), sheet, name).build();
    }

    /** The format a {@code format} query parameter names (checked against {@link #FORMATS}). */
    static TabularFormat format(String format) {
        return TabularFormat.valueOf(format.toUpperCase(Locale.ROOT));
    }

    /** A file download of the format, named {@code name} with the format's extension. */
    static Response.ResponseBuilder attachment(Response.ResponseBuilder response, TabularFormat format, String name) {
        return response.type(format == TabularFormat.CSV ? CSV + ";charset=UTF-8" : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + format.extension() + "\"");
    }
}
