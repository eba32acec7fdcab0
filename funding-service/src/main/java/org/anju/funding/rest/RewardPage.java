package org.anju.funding.rest;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.service.RewardView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The OpenAPI schema of a page of rewards (the platform's {@code Page<RewardView>}). */
@Schema(name = "RewardPage")
record RewardPage(@NotNull List<RewardView> items,
                  @Schema(required = true, nullable = true, description = "Pass it back as cursor for the next page; null on the last")
                  String nextCursor) {
}
