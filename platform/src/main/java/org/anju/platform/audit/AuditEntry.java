package org.anju.platform.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the audit trail: a record created, updated or deleted, or a response that showed
 * unmasked personal data. It names fields, never their values.
 *
 * @param kind          CREATED, UPDATED, DELETED or PERSONAL_DATA_READ
 * @param actor         the token's subject, or {@code system:<component>} for consumers and schedulers
 * @param operation     e.g. {@code POST /api/v1/households/{id}/move-in}
 * @param aggregateType the aggregate the record belongs to, e.g. {@code Household}
 * @param entity        the record changed when it is a part of the aggregate (e.g. {@code Member}), else null
 * @param changedFields field names, for UPDATED every field whose value changed
 * @param detail        for PERSONAL_DATA_READ: the path and query read, identifiers masked
 */
@Schema(name = "AuditEntry", requiredProperties = {"recordedAt", "kind", "actor", "roles", "requestId", "operation", "aggregateType",
        "aggregateId", "entity", "county", "versionBefore", "versionAfter", "changedFields", "detail"})
public record AuditEntry(Instant recordedAt, Kind kind, String actor, List<String> roles,
                         @Schema(nullable = true) String requestId, @Schema(nullable = true) String operation,
                         @Schema(nullable = true) String aggregateType, @Schema(nullable = true) String aggregateId,
                         @Schema(nullable = true) String entity, @Schema(nullable = true) String county,
                         @Schema(nullable = true) Long versionBefore, @Schema(nullable = true) Long versionAfter,
                         List<String> changedFields, @Schema(nullable = true) String detail) {

    @Schema(name = "AuditEntryKind")
    public enum Kind { CREATED, UPDATED, DELETED, PERSONAL_DATA_READ }

    public AuditEntry {
        roles = List.copyOf(roles);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }
}
