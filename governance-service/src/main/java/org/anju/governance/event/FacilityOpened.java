package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A facility opened (or was registered as already open). */
public record FacilityOpened(FacilitySnapshot data) implements SnapshotEvent {
}
