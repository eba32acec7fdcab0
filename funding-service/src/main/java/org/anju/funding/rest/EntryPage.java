package org.anju.funding.rest;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.service.EntryView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The OpenAPI schema of a page of entries (the platform's {@code Page<EntryView>}). */
@Schema(name = "EntryPage")
record EntryPage(@NotNull List<EntryView> items,
                 @Schema(required = true, nullable = true, description = "Pass it back as cursor for the next page; null on the last")
                 String nextCursor) {
}
