package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.event.TrainingCourseSnapshot;
import org.anju.industry.event.TrainingRecorded;
import org.anju.industry.event.TrainingUpdated;
import org.anju.industry.repository.TrainingCourseRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Skills training courses (技能培训) per county. */
@ApplicationScoped
public class TrainingService
        extends CountyRecordService<TrainingCourse, RecordTraining, TrainingCourseSnapshot, TrainingCourseView> {

    TrainingService(TrainingCourseRepository courses, Outbox outbox, CountyScope scope) {
        super(courses, "Training course", TrainingRecorded::new, TrainingUpdated::new, outbox, scope);
    }

    @Override
    TrainingCourse create(RecordTraining command) {
        return new TrainingCourse(UUID.randomUUID(), command.topic(), command.county(), command.heldFrom(),
                command.heldTo(), command.sessions(), command.trainees(), command.employedAfter());
    }

    @Override
    void correct(TrainingCourse course, RecordTraining command) {
        course.correct(command.topic(), command.county(), command.heldFrom(), command.heldTo(), command.sessions(),
                command.trainees(), command.employedAfter());
    }

    @Override
    TrainingCourseSnapshot snapshot(TrainingCourse course) {
        return Snapshots.trainingCourse(course);
    }

    @Override
    TrainingCourseView view(TrainingCourse course) {
        return Views.trainingCourse(course);
    }
}
