package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.RelocationTask;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RelocationTaskRepository implements PanacheRepositoryBase<RelocationTask, UUID> {

    public Optional<RelocationTask> findForUpdate(String county, String period) {
        return find("county = ?1 and period = ?2", county, period)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
