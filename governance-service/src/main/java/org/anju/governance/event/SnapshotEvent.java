package org.anju.governance.event;

import org.anju.platform.events.DomainEvent;

/** An event whose data is the aggregate's snapshot after the change (event-carried state). */
public interface SnapshotEvent extends DomainEvent {

    @Override
    Snapshot data();

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
