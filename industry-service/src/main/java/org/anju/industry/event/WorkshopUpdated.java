package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A workshop's details were corrected (e.g. the jobs it offers). */
public record WorkshopUpdated(WorkshopSnapshot data) implements SnapshotEvent {
}
