package org.anju.platform.testapp;

import org.anju.platform.events.DomainEvent;

public record ThingChanged(Thing data) implements DomainEvent {

    public record Thing(String id, String county, long version, String name) {
    }

    @Override
    public String aggregateId() {
        return data.id();
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
