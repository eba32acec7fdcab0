package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A facility was registered as planned; not yet counted as open. */
public record FacilityPlanned(FacilitySnapshot data) implements SnapshotEvent {
}
