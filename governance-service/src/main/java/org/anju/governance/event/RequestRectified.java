package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** The correction a complaint required was made (整改). */
public record RequestRectified(RequestSnapshot data) implements SnapshotEvent {
}
