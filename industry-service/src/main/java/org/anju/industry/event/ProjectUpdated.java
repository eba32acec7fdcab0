package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A project's details were corrected. */
public record ProjectUpdated(ProjectSnapshot data) implements SnapshotEvent {
}
