package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.industry.domain.Employment;
import org.anju.industry.domain.EmploymentStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EmploymentRepository implements PanacheRepositoryBase<Employment, UUID> {

    public List<Employment> activeJobsOf(UUID householdId) {
        return list("householdId = ?1 and status = ?2", householdId, EmploymentStatus.ACTIVE);
    }

    /** Households with an active job without contract that has lasted the stable period by {@code startedBy}. */
    public List<UUID> householdsWithOpenJobsStartedBy(LocalDate startedBy) {
        return getEntityManager().createQuery("select distinct e.householdId from Employment e"
                        + " where e.status = :active and e.contract = false and e.startDate <= :startedBy", UUID.class)
                .setParameter("active", EmploymentStatus.ACTIVE)
                .setParameter("startedBy", startedBy)
                .getResultList();
    }
}
