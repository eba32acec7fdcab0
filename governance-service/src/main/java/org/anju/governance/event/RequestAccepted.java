package org.anju.governance.event;

/** A request was accepted (受理). */
public record RequestAccepted(RequestSnapshot data) implements SnapshotEvent {
}
