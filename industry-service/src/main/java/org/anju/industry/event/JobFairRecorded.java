package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A job fair was recorded. */
public record JobFairRecorded(JobFairSnapshot data) implements SnapshotEvent {
}
