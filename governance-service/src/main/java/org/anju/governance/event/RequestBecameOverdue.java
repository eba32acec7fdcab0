package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A request's pending step passed its deadline; the snapshot's *OverdueAt field that was just set names the step. Emitted once per request and step. */
public record RequestBecameOverdue(RequestSnapshot data) implements SnapshotEvent {
}
