package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A training course was recorded. */
public record TrainingRecorded(TrainingCourseSnapshot data) implements SnapshotEvent {
}
