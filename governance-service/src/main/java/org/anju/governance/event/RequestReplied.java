package org.anju.governance.event;

/** The resident was replied to (答复). */
public record RequestReplied(RequestSnapshot data) implements SnapshotEvent {
}
