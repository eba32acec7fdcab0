package org.anju.funding.service;

import jakarta.validation.constraints.NotNull;
import org.anju.funding.domain.Purpose;
import org.anju.funding.domain.Reward;
import org.anju.funding.domain.RewardStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reward a rule proposed for a demolished village: version 1 when proposed, 2 when approved
 * (then {@code expenditureEntryId} names the expenditure that paid it).
 */
@Schema(name = "RewardSnapshot")
public record RewardView(@NotNull UUID id,
                         @NotNull long version,
                         @NotNull String rule,
                         @NotNull String villageId,
                         @NotNull String county,
                         @NotNull String source,
                         @NotNull Purpose purpose,
                         @NotNull BigDecimal amount,
                         @Schema(required = true, nullable = true) LocalDate demolishedOn,
                         @NotNull RewardStatus status,
                         @NotNull Instant proposedAt,
                         @Schema(required = true, nullable = true) Instant approvedAt,
                         @Schema(required = true, nullable = true) UUID expenditureEntryId) {

    static RewardView of(Reward reward) {
        return new RewardView(reward.id(), reward.version(), reward.rule(), reward.villageId(), reward.county(),
                reward.source(), reward.purpose(), reward.amount(), reward.demolishedOn(), reward.status(),
                reward.proposedAt(), reward.approvedAt(), reward.expenditureEntryId());
    }
}
