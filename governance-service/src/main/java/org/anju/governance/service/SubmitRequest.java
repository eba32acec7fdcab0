package org.anju.governance.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestChannel;
import org.anju.platform.programme.CountyCode;

import java.time.Instant;
import java.util.UUID;

/**
 * Submits a resident's request (群众诉求).
 *
 * @param receivedAt when the resident raised it, for a request taken on paper or by phone and entered
 *                   later: the acceptance deadline runs from then; now when omitted, never in the future
 */
public record SubmitRequest(@NotNull CountyCode county,
                            @NotNull UUID siteId,
                            @NotNull UUID householdId,
                            @NotNull RequestCategory category,
                            @NotNull RequestChannel channel,
                            @NotBlank @Size(max = 2000) String summary,
                            Instant receivedAt) {
}
