package org.anju.industry.event;

import org.anju.platform.events.SnapshotEvent;

/** A training course's figures were corrected (e.g. trainees employed afterwards). */
public record TrainingUpdated(TrainingCourseSnapshot data) implements SnapshotEvent {
}
