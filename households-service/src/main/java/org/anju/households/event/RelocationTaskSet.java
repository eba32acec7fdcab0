package org.anju.households.event;

import org.anju.platform.events.DomainEvent;

import java.util.UUID;

/** A county's relocation task (搬迁任务) for a plan period was set or changed. */
public record RelocationTaskSet(Task data) implements DomainEvent {

    public record Task(UUID id, long version, String county, String period, int plannedPeople, Integer plannedHouseholds) {
    }

    @Override
    public String aggregateId() {
        return data.id().toString();
    }

    @Override
    public long aggregateVersion() {
        return data.version();
    }

    @Override
    public String county() {
        return data.county();
    }
}
