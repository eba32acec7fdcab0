package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.TrainingCourse;

import java.util.UUID;

@ApplicationScoped
public class TrainingCourseRepository implements PanacheRepositoryBase<TrainingCourse, UUID> {
}
