package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.JobFair;

import java.util.UUID;

@ApplicationScoped
public class JobFairRepository implements PanacheRepositoryBase<JobFair, UUID> {
}
