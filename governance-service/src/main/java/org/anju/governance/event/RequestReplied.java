package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** The resident was replied to (答复). */
public record RequestReplied(RequestSnapshot data) implements SnapshotEvent {
}
