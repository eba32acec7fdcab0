package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A workshop was registered (BUILDING). */
public record WorkshopRegistered(WorkshopSnapshot data) implements SnapshotEvent {
}
