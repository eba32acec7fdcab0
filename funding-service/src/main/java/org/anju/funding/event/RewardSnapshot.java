package org.anju.funding.event;

import org.anju.funding.domain.Purpose;
import org.anju.funding.domain.RewardStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reward a rule proposed for a demolished village: version 1 when proposed, 2 when approved
 * (then {@code expenditureEntryId} names the FundsSpent entry that paid it).
 */
public record RewardSnapshot(UUID id, long version, String rule, String villageId, String county, String source,
                             Purpose purpose, BigDecimal amount, LocalDate demolishedOn, RewardStatus status,
                             Instant proposedAt, Instant approvedAt, UUID expenditureEntryId) {
}
