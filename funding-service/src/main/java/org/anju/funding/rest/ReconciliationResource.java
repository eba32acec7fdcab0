package org.anju.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.anju.funding.service.DeclarationView;
import org.anju.funding.service.DeclareTotals;
import org.anju.funding.service.ReconciliationService;
import org.anju.funding.service.ReconciliationView;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Declared totals and their reconciliation with the ledger: city-level data, for city-wide readers. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "Declared totals (e.g. the 2016-2018 report's ¥917M) compared with what the ledger received, per source")
public class ReconciliationResource {

    private static final String NAME = "[a-z0-9][a-z0-9-]{0,99}";

    private final ReconciliationService reconciliations;

    public ReconciliationResource(ReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    @PUT
    @Path("/declarations/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(operationId = "declareTotals", summary = "Create or replace a declaration of totals received (name: lower-case letters, digits, dashes)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the 2016-2018 report", value = EntryExamples.DECLARATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "The declaration as stored (ETag: its version)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class),
                    examples = @ExampleObject(name = "declaration", value = EntryExamples.DECLARATION)))
    public Response declare(@PathParam("name") @Pattern(regexp = NAME) String name, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid DeclareTotals command) {
        DeclarationView declaration = reconciliations.declare(name, ifMatch, command);
        return ETags.ok(declaration, declaration.version());
    }

    @GET
    @Path("/declarations/{name}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getDeclaration", summary = "One declaration (ETag: its version)")
    @APIResponse(responseCode = "200", description = "The declaration",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclarationView.class),
                    examples = @ExampleObject(name = "declaration", value = EntryExamples.DECLARATION)))
    public Response get(@PathParam("name") String name) {
        DeclarationView declaration = reconciliations.get(name);
        return ETags.ok(declaration, declaration.version());
    }

    @GET
    @Path("/declarations")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "listDeclarations", summary = "Every declaration, by name")
    @APIResponse(responseCode = "200", description = "The declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DeclarationView.class),
                    examples = @ExampleObject(name = "declarations", value = "[" + EntryExamples.DECLARATION + "]")))
    public List<DeclarationView> list() {
        return reconciliations.list();
    }

    @GET
    @Path("/reconciliation")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "reconcile", summary = "Compare a declaration with the ledger's net receipts in its period: differences (ledger minus declared) per source and in total, and the declared total against the declared sources")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationView.class),
                    examples = @ExampleObject(name = "the report", value = EntryExamples.RECONCILIATION)))
    public ReconciliationView reconcile(@QueryParam("declaration") @NotBlank @Size(max = 100) String declaration) {
        return reconciliations.reconcile(declaration);
    }
}
