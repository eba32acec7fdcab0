package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.HouseholdEmployment;

import java.util.UUID;

@ApplicationScoped
public class HouseholdEmploymentRepository implements PanacheRepositoryBase<HouseholdEmployment, UUID> {
}
