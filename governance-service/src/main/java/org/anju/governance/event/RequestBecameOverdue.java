package org.anju.governance.event;

/** A request's pending step passed its deadline; the snapshot's *OverdueAt field that was just set names the step. Emitted once per request and step. */
public record RequestBecameOverdue(RequestSnapshot data) implements SnapshotEvent {
}
