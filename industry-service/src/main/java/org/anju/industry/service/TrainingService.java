package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.domain.TrainingCourseSnapshot;
import org.anju.industry.event.TrainingRecorded;
import org.anju.industry.repository.ListQuery;
import org.anju.industry.repository.TrainingCourseRepository;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;

import java.util.UUID;

@ApplicationScoped
public class TrainingService {

    private final TrainingCourseRepository courses;
    private final Outbox outbox;

    TrainingService(TrainingCourseRepository courses, Outbox outbox) {
        this.courses = courses;
        this.outbox = outbox;
    }

    @Transactional
    public TrainingCourseSnapshot record(@Valid RecordTraining command) {
        TrainingCourse course = new TrainingCourse(UUID.randomUUID(), command.topic(), command.county(), command.heldFrom(),
                command.heldTo(), command.sessions(), command.trainees(), command.employedAfter());
        courses.persist(course);
        outbox.record(new TrainingRecorded(course.snapshot()));
        return course.snapshot();
    }

    @Transactional
    public TrainingCourseSnapshot get(UUID id) {
        return courses.findByIdOptional(id).map(TrainingCourse::snapshot)
                .orElseThrow(() -> new NotFoundException("Training course " + id + " does not exist"));
    }

    @Transactional
    public Page<TrainingCourseSnapshot> list(String county, String cursor, int limit) {
        return Lists.page(ListQuery.byId().where("county", county).after(Lists.after(cursor)).fetch(courses, limit),
                limit, TrainingCourse::snapshot);
    }
}
