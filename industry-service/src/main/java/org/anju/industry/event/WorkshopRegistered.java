package org.anju.industry.event;

import org.anju.industry.domain.WorkshopSnapshot;

/** A workshop was registered (BUILDING). */
public record WorkshopRegistered(WorkshopSnapshot data) implements SnapshotEvent {
}
