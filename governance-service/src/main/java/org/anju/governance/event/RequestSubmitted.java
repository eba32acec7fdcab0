package org.anju.governance.event;

import org.anju.platform.events.SnapshotEvent;

/** A resident's request was submitted. */
public record RequestSubmitted(RequestSnapshot data) implements SnapshotEvent {
}
