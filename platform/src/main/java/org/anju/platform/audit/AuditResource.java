package org.anju.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.anju.platform.json.Instants;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;
import org.anju.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/**
 * The audit trail of this application, newest first (city-admin and auditor; a token limited to a
 * county sees that county's entries). Through the gateway: {@code /api/v1/audit/<service>}.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what and when, and who read unmasked personal data (append-only)")
public class AuditResource {

    private final AuditLog log;
    private final CountyScope countyScope;

    public AuditResource(AuditLog log, CountyScope countyScope) {
        this.log = log;
        this.countyScope = countyScope;
    }

    @GET
    @RolesAllowed(Roles.AUDIT)
    @Operation(operationId = "listAuditEntries", summary = "Audit entries, newest first, filtered by actor, aggregate, county, kind and time")
    @APIResponse(responseCode = "200", description = "One page; pass nextCursor back as cursor for the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "a move-in", value = """
                    {"items": [{"recordedAt": "2019-03-05T02:11:09.511Z", "kind": "UPDATED", "actor": "officer-140723-01",
                      "roles": ["county-officer"], "requestId": "5f0e…", "operation": "POST /api/v1/households/{id}/move-in",
                      "aggregateType": "Household", "aggregateId": "6f2c…", "entity": null, "county": "140723",
                      "versionBefore": 2, "versionAfter": 3, "changedFields": ["movedInOn", "status"], "detail": null}],
                     "nextCursor": null}""")))
    public Page<AuditEntry> list(@QueryParam("actor") @Size(max = 200) String actor,
                                 @QueryParam("aggregateType") @Size(max = 100) String aggregateType,
                                 @QueryParam("aggregateId") @Size(max = 100) String aggregateId,
                                 @QueryParam("county") CountyCode county,
                                 @QueryParam("kind") AuditEntry.Kind kind,
                                 @QueryParam("from") String from,
                                 @QueryParam("to") String to,
                                 @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        AuditLog.Filter filter = new AuditLog.Filter(actor, aggregateType, aggregateId, countyScope.listCounty(county), kind,
                instant("from", from), instant("to", to));
        return log.page(filter, cursor, limit);
    }

    /** One page of the audit trail. */
    @Schema(name = "AuditPage", requiredProperties = {"items", "nextCursor"})
    public record AuditPage(List<AuditEntry> items, @Schema(nullable = true) String nextCursor) {
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Instants.parse(value, field).toInstant();
    }
}
