package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A job ended. */
public record EmploymentEnded(EmploymentSnapshot data) implements SnapshotEvent {
}
