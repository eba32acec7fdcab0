package org.anju.industry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import org.anju.industry.domain.TrainingCourse;
import org.anju.industry.event.TrainingRecorded;
import org.anju.industry.event.TrainingUpdated;
import org.anju.industry.repository.TrainingCourseRepository;
import org.anju.platform.concurrency.ETags;
import org.anju.platform.outbox.Outbox;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.platform.programme.CountyCode;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Skills training courses (技能培训) per county. */
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
    public TrainingCourseView record(@Valid RecordTraining command) {
        scope.requireWrite(command.county());
        TrainingCourse course = new TrainingCourse(UUID.randomUUID(), command.topic(), command.county(), command.heldFrom(),
                command.heldTo(), command.sessions(), command.trainees(), command.employedAfter());
        courses.persist(course);
        outbox.record(new TrainingRecorded(Snapshots.trainingCourse(course)));
        return Views.trainingCourse(course);
    }

    @Transactional
    public TrainingCourseView correct(UUID id, String ifMatch, @Valid RecordTraining command) {
        TrainingCourse course = courses.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        scope.requireWrite(course.county());
        ETags.requireMatch(ifMatch, course.version());
        course.correct(command.topic(), command.county(), command.heldFrom(), command.heldTo(), command.sessions(),
                command.trainees(), command.employedAfter());
        outbox.record(new TrainingUpdated(Snapshots.trainingCourse(course)));
        return Views.trainingCourse(course);
    }

    @Transactional
    public TrainingCourseView get(UUID id) {
        TrainingCourse course = courses.findByIdOptional(id).orElseThrow(() -> notFound(id));
        scope.requireRead(course.county());
        return Views.trainingCourse(course);
    }

    @Transactional
    public Page<TrainingCourseView> list(CountyCode county, String cursor, int limit) {
        return ListQuery.byId(TrainingCourse::id)
                .where("county", scope.listCounty(county))
                .after(cursor)
                .page(courses, limit)
                .map(Views::trainingCourse);
    }

    private static ResourceNotFound notFound(UUID id) {
        return new ResourceNotFound("Training course", id);
    }
}
