package org.anju.industry.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.MediaType;
import org.anju.platform.audit.AuditEntry;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.time.Instant;
import java.util.List;

/**
 * Gives the platform's audit trail operation ({@code GET /api/v1/audit}, which this application serves)
 * the schema of its answer, which the platform's {@code AuditResource} does not document: without one,
 * a generated client's {@code listAuditEntries} returns nothing typed. A stopgap until the platform
 * documents it: when the operation already has a schema, this filter leaves it alone (and can go).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class AuditPageSchema implements OASFilter {

    static final String AUDIT = "/api/v1/audit";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem audit = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem(AUDIT);
        APIResponse ok = audit == null || audit.getGET() == null ? null : audit.getGET().getResponses().getAPIResponse("200");
        Content content = ok == null ? null : ok.getContent();
        if (content != null && content.getMediaType(MediaType.APPLICATION_JSON) != null
                && content.getMediaType(MediaType.APPLICATION_JSON).getSchema() == null) {
            content.getMediaType(MediaType.APPLICATION_JSON).setSchema(OASFactory.createSchema().ref("AuditPage"));
        }
    }

    @Schema(name = "AuditPage", requiredProperties = {"items", "nextCursor"})
    record AuditPage(List<AuditEntryView> items,
                     @Schema(nullable = true, description = "Pass back as cursor for the next page; null on the last page")
                     String nextCursor) {
    }

    /** {@link AuditEntry} as the platform writes it (the columns its table allows to be empty are nullable). */
    @Schema(name = "AuditEntry", description = "A record created, updated or deleted, or unmasked personal data read;"
            + " it names fields, never their values", requiredProperties = {"recordedAt", "kind", "actor", "roles",
            "requestId", "operation", "aggregateType", "aggregateId", "entity", "county", "versionBefore", "versionAfter",
            "changedFields", "detail"})
    record AuditEntryView(Instant recordedAt, AuditEntry.Kind kind, String actor, List<String> roles,
                          @Schema(nullable = true) String requestId, @Schema(nullable = true) String operation,
                          @Schema(nullable = true) String aggregateType, @Schema(nullable = true) String aggregateId,
                          @Schema(nullable = true) String entity, @Schema(nullable = true) String county,
                          @Schema(nullable = true) Long versionBefore, @Schema(nullable = true) Long versionAfter,
                          List<String> changedFields, @Schema(nullable = true) String detail) {
    }
}
