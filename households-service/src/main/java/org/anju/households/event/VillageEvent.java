package org.anju.households.event;

import org.anju.platform.events.SnapshotEvent;

/** Every village event: its data is the village's snapshot. */
public sealed interface VillageEvent extends SnapshotEvent
        permits VillageRegistered, VillageRelocated, VillageDemolished, VillageReclaimed {

    @Override
    VillageSnapshot data();
}
