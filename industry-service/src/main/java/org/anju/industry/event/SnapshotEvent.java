package org.anju.industry.event;

import org.anju.industry.domain.AggregateSnapshot;

/** An industry event: its data is the aggregate's snapshot, which also names the aggregate, version and county. */
public interface SnapshotEvent extends org.anju.platform.events.SnapshotEvent {

    @Override
    AggregateSnapshot data();
}
