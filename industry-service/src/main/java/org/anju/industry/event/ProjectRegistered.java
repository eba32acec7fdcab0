package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** An industry project was registered (PLANNED). */
public record ProjectRegistered(ProjectSnapshot data) implements SnapshotEvent {
}
