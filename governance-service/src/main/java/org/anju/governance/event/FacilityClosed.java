package org.anju.governance.event;

/** A facility closed, or its plan was dropped. */
public record FacilityClosed(FacilitySnapshot data) implements SnapshotEvent {
}
