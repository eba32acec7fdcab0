package org.anju.governance.event;

/** A facility opened (or was registered as already open). */
public record FacilityOpened(FacilitySnapshot data) implements SnapshotEvent {
}
