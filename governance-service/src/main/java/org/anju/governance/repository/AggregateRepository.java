package org.anju.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;
import org.anju.governance.domain.Aggregate;

import java.util.Optional;
import java.util.UUID;

/** What every aggregate repository offers besides Panache's: a locked load for commands. */
public interface AggregateRepository<E extends Aggregate> extends PanacheRepositoryBase<E, UUID> {

    /** The aggregate locked for update: commands on one aggregate run one after the other. */
    default Optional<E> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
