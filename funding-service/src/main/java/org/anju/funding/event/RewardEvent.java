package org.anju.funding.event;

import org.anju.platform.events.DomainEvent;

/** A reward changed; the aggregate is the reward. */
public sealed interface RewardEvent extends DomainEvent permits RewardProposed, RewardApproved {

    @Override
    RewardSnapshot data();

    @Override
    default String aggregateId() {
        return data().id().toString();
    }

    @Override
    default long aggregateVersion() {
        return data().version();
    }

    @Override
    default String county() {
        return data().county();
    }
}
