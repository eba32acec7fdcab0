package org.anju.households.event;

import org.anju.platform.events.DomainEvent;

/** Every village event: its data is the village's snapshot. */
public sealed interface VillageEvent extends DomainEvent
        permits VillageRegistered, VillageRelocated, VillageDemolished, VillageReclaimed {

    @Override
    VillageSnapshot data();

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
