package org.anju.industry.event;

import org.anju.industry.domain.WorkshopSnapshot;

/** A workshop started operating, was suspended or resumed. */
public record WorkshopStatusChanged(WorkshopSnapshot data) implements SnapshotEvent {
}
