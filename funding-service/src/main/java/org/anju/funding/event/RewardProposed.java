package org.anju.funding.event;

/** A reward rule proposed a reward for a demolished village; it awaits approval. */
public record RewardProposed(RewardSnapshot data) implements RewardEvent {
}
