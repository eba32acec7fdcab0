package org.anju.platform.events;

/** An event whose data is a {@link Snapshot}, which names the aggregate, its version and county. */
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
