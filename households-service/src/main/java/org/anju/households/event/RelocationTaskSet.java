package org.anju.households.event;

import org.anju.platform.events.Snapshot;
import org.anju.platform.events.SnapshotEvent;

import java.util.UUID;

/** A county's relocation task (搬迁任务) for a plan period was set or changed. */
public record RelocationTaskSet(Task data) implements SnapshotEvent {

    public record Task(UUID id, long version, String county, String period, int plannedPeople, Integer plannedHouseholds)
            implements Snapshot {
    }
}
