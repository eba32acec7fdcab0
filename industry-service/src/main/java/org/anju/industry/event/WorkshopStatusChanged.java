package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A workshop started operating, was suspended or resumed. */
public record WorkshopStatusChanged(WorkshopSnapshot data) implements SnapshotEvent {
}
