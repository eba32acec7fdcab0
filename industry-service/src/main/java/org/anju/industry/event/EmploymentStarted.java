package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A member of a household started a job. */
public record EmploymentStarted(EmploymentSnapshot data) implements SnapshotEvent {
}
