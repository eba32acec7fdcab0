package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A facility closed, or its plan was dropped. */
public record FacilityClosed(FacilitySnapshot data) implements SnapshotEvent {
}
