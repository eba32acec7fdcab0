package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A project started operating or closed. */
public record ProjectStatusChanged(ProjectSnapshot data) implements SnapshotEvent {
}
