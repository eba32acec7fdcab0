package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A request was resolved (办理). */
public record RequestResolved(RequestSnapshot data) implements SnapshotEvent {
}
