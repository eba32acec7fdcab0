package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A request was accepted (受理). */
public record RequestAccepted(RequestSnapshot data) implements SnapshotEvent {
}
