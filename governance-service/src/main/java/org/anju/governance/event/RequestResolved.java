package org.anju.governance.event;

/** A request was resolved (办理). */
public record RequestResolved(RequestSnapshot data) implements SnapshotEvent {
}
