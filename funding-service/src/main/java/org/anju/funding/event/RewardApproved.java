package org.anju.funding.event;

/** A reward was approved and paid by an expenditure (published with it as FundsSpent). */
public record RewardApproved(RewardSnapshot data) implements RewardEvent {
}
