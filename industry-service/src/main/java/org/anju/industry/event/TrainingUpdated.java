package org.anju.industry.event;

import org.anju.industry.domain.TrainingCourseSnapshot;

/** A training course's figures were corrected (e.g. trainees employed afterwards). */
public record TrainingUpdated(TrainingCourseSnapshot data) implements SnapshotEvent {
}
