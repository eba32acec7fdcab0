package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.industry.domain.Beneficiary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BeneficiaryRepository implements PanacheRepositoryBase<Beneficiary, UUID> {

    public List<Beneficiary> activeOfHousehold(UUID householdId) {
        return find("householdId = ?1 and active = true", householdId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Optional<Beneficiary> findForUpdate(UUID projectId, UUID householdId) {
        return find("projectId = ?1 and householdId = ?2", projectId, householdId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
