package org.anju.households.event;

import org.anju.platform.events.SnapshotEvent;

/** Every site event: its data is the site's snapshot. */
public sealed interface SiteEvent extends SnapshotEvent
        permits SiteRegistered, SiteUpdated, SiteConstructionStarted, SiteCompleted {

    @Override
    SiteSnapshot data();
}
