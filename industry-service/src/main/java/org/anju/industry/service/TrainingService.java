package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.domain.TrainingCourseSnapshot;
import org.anju.industry.event.TrainingRecorded;
import org.anju.industry.event.TrainingUpdated;
import org.anju.industry.repository.ListQuery;
import org.anju.industry.repository.TrainingCourseRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

@ApplicationScoped
public class TrainingService {

    private final TrainingCourseRepository courses;
    private final Outbox outbox;
    private final CountyScope scope;

    TrainingService(TrainingCourseRepository courses, Outbox outbox, CountyScope scope) {
        this.courses = courses;
        this.outbox = outbox;
        this.scope = scope;
    }

    @Transactional
    public TrainingCourseSnapshot record(@Valid RecordTraining command) {
        scope.requireWrite(command.county());
        TrainingCourse course = new TrainingCourse(UUID.randomUUID(), command.topic(), command.county(), command.heldFrom(),
                command.heldTo(), command.sessions(), command.trainees(), command.employedAfter());
        courses.persist(course);
        outbox.record(new TrainingRecorded(course.snapshot()));
        return course.snapshot();
    }

    @Transactional
    public TrainingCourseSnapshot correct(UUID id, String ifMatch, @Valid RecordTraining command) {
        TrainingCourse course = courses.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(course.county());
        ETags.requireMatch(ifMatch, course.version());
        course.correct(command.topic(), command.county(), command.heldFrom(), command.heldTo(), command.sessions(),
                command.trainees(), command.employedAfter());
        outbox.record(new TrainingUpdated(course.snapshot()));
        return course.snapshot();
    }

    @Transactional
    public TrainingCourseSnapshot get(UUID id) {
        TrainingCourseSnapshot found = courses.findByIdOptional(id).map(TrainingCourse::snapshot)
                .orElseThrow(() -> notFound(id));
        scope.requireRead(found.county());
        return found;
    }

    @Transactional
    public Page<TrainingCourseSnapshot> list(String county, String cursor, int limit) {
        return Lists.page(ListQuery.byId().where("county", Lists.county(scope, county)).after(Lists.after(cursor)).fetch(courses, limit),
                limit, TrainingCourse::snapshot);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Training course " + id + " does not exist");
    }
}
