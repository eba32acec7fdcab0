package org.anju.industry.event;

import org.anju.industry.domain.AggregateSnapshot;
import org.anju.platform.events.DomainEvent;

/** An industry event: its data is the aggregate's snapshot, which also names the aggregate, version and county. */
public interface SnapshotEvent extends DomainEvent {

    @Override
    AggregateSnapshot data();

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
