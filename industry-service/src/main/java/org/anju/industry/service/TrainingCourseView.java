package org.anju.industry.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** A skills training course (技能培训) and how many of its trainees found work afterwards. */
@Schema(name = "TrainingCourse", description = "A skills training course (技能培训)",
        requiredProperties = {"id", "version", "topic", "county", "heldFrom", "heldTo", "sessions", "trainees",
                "employedAfter"})
public record TrainingCourseView(UUID id, long version, String topic, String county, LocalDate heldFrom,
                                 @Schema(nullable = true) LocalDate heldTo, int sessions, int trainees,
                                 int employedAfter) implements VersionedView {
}
