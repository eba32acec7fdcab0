package org.anju.households.event;

import org.anju.platform.events.DomainEvent;

/** Every site event: its data is the site's snapshot. */
public sealed interface SiteEvent extends DomainEvent
        permits SiteRegistered, SiteUpdated, SiteConstructionStarted, SiteCompleted {

    @Override
    SiteSnapshot data();

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
