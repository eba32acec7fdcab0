package org.anju.funding.event;

import org.anju.platform.events.SnapshotEvent;

/** A reward changed; the aggregate is the reward. */
public sealed interface RewardEvent extends SnapshotEvent permits RewardProposed, RewardApproved {

    @Override
    RewardSnapshot data();
}
