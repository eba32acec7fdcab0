package org.anju.industry.service;

import java.time.LocalDate;
import java.util.UUID;

/** A skills training course (技能培训) and how many of its trainees found work afterwards. */
public record TrainingCourseView(UUID id, long version, String topic, String county, LocalDate heldFrom,
                                 LocalDate heldTo, int sessions, int trainees, int employedAfter) implements VersionedView {
}
