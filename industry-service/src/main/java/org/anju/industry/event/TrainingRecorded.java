package org.anju.industry.event;

import org.anju.industry.domain.TrainingCourseSnapshot;

/** A training course was recorded. */
public record TrainingRecorded(TrainingCourseSnapshot data) implements SnapshotEvent {
}
