package org.anju.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.Purpose;
import org.anju.funding.service.EntryExport;
import org.anju.funding.service.EntryFilter;
import org.anju.funding.service.EntryView;
import org.anju.funding.service.LedgerService;
import org.anju.funding.service.RecordDisbursement;
import org.anju.funding.service.RecordExpenditure;
import org.anju.funding.service.RecordReceipt;
import org.anju.funding.service.ReverseEntry;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger entries", description = "The append-only ledger: receipts, disbursements, expenditures, reversals")
public class EntryResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LedgerService ledger;
    private final EntryExport export;

    public EntryResource(LedgerService ledger, EntryExport export) {
        this.ledger = ledger;
        this.export = export;
    }

    @POST
    @Path("/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "recordReceipt", summary = "Record money the city received from a source; emits FundsReceived")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "special fund", value = EntryExamples.RECEIPT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded, with the balances it left behind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class),
                    examples = @ExampleObject(name = "entry", value = EntryExamples.RECEIPT)))
    public Response receive(@NotNull @Valid RecordReceipt command) {
        return created(ledger.receive(command));
    }

    @POST
    @Path("/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "recordDisbursement", summary = "Disburse money of one source from the city to a county; emits FundsDisbursed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to Yushe", value = EntryExamples.DISBURSEMENT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded, with the balances it left behind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class),
                    examples = @ExampleObject(name = "entry", value = EntryExamples.ENTRY)))
    public Response disburse(@NotNull @Valid RecordDisbursement command) {
        return created(ledger.disburse(command));
    }

    @POST
    @Path("/expenditures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "recordExpenditure", summary = "Record what a county spent on a purpose (city-admin, or the county's officer); emits FundsSpent")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "housing subsidy", value = EntryExamples.EXPENDITURE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Recorded, with the balances it left behind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class),
                    examples = @ExampleObject(name = "entry", value = EntryExamples.EXPENDITURE)))
    public Response spend(@NotNull @Valid RecordExpenditure command) {
        return created(ledger.spend(command));
    }

    @POST
    @Path("/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(operationId = "reverseEntry", summary = "Cancel an entry with a reason (the original stays); rejected if the reversal would overdraw a balance; emits EntryReversed")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "wrong county", value = EntryExamples.REVERSAL_REQUEST)))
    @APIResponse(responseCode = "201", description = "The reversal entry, with the balances it left behind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class),
                    examples = @ExampleObject(name = "entry", value = EntryExamples.REVERSAL)))
    public Response reverse(@PathParam("id") UUID id, @NotNull @Valid ReverseEntry command) {
        return created(ledger.reverse(id, command));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getEntry", summary = "One entry with the balances it left behind")
    @APIResponse(responseCode = "200", description = "The entry (ETag: its version, always 1: entries never change)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class),
                    examples = @ExampleObject(name = "entry", value = EntryExamples.ENTRY)))
    public Response get(@PathParam("id") UUID id) {
        EntryView entry = ledger.get(id);
        return ETags.ok(entry, entry.version());
    }

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listEntries", summary = "Entries in recording order, filtered by kind, source, county, purpose and date range (inclusive), in pages")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryPage.class),
                    examples = @ExampleObject(name = "page", value = EntryExamples.ENTRY_PAGE)))
    public Page<EntryView> list(@QueryParam("kind") EntryKind kind, @QueryParam("source") @Size(max = 40) String source,
                                @QueryParam("county") CountyCode county, @QueryParam("purpose") Purpose purpose,
                                @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                                @QueryParam("cursor") String cursor) {
        return ledger.list(new EntryFilter(kind, source, county, purpose, from, to), cursor, limit);
    }

    @GET
    @Path("/export")
    @Produces({EntryResource.CSV + ";charset=UTF-8", EntryResource.XLSX})
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "exportEntries", summary = "Every matching entry as CSV (UTF-8 with a byte order mark, RFC 4180, amounts as "
            + "45145000.00) or XLSX (ids and document numbers as text, amounts as numbers shown with two decimals, dates as dates), "
            + "headers in the Accept-Language's language (zh-CN, or en: the API's field names); same filters as listEntries")
    @APIResponse(responseCode = "200", description = "The spreadsheet, streamed",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = {@ExampleObject(name = "csv", summary = "Accept-Language: en (or none)", value = EntryExamples.CSV),
                            @ExampleObject(name = "csv-zh", summary = "Accept-Language: zh-CN", value = EntryExamples.CSV_ZH)}),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@QueryParam("kind") EntryKind kind, @QueryParam("source") @Size(max = 40) String source,
                           @QueryParam("county") CountyCode county, @QueryParam("purpose") Purpose purpose,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                           @Parameter(description = "csv (the default) or xlsx", schema = @Schema(enumeration = {"csv", "xlsx"}, defaultValue = "csv"))
                           @QueryParam("format") @DefaultValue("csv") @Pattern(regexp = "csv|xlsx") String format) {
        TabularFormat sheet = TabularFormat.valueOf(format.toUpperCase(Locale.ROOT));
        StreamingOutput output = export.export(sheet, new EntryFilter(kind, source, county, purpose, from, to))::writeTo;
        return Response.ok(output, sheet == TabularFormat.CSV ? CSV + "; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"funding-entries" + sheet.extension() + "\"")
                .build();
    }

    private static Response created(EntryView entry) {
        return Response.created(URI.create("/api/v1/entries/" + entry.id())).entity(entry).build();
    }
}
