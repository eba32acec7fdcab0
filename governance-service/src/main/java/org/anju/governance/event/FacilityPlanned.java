package org.anju.governance.event;

/** A facility was registered as planned; not yet counted as open. */
public record FacilityPlanned(FacilitySnapshot data) implements SnapshotEvent {
}
