package org.anju.governance.repository;

import io.quarkus.panache.common.Parameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What every aggregate repository offers: a locked load for commands and a keyset page for lists. */
public interface KeysetRepository<E> extends PanacheRepositoryBase<E, UUID> {

    /** The aggregate locked for update: commands on one aggregate run one after the other. */
    default Optional<E> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Up to {@code rows} rows matching {@code where}, in id order (ask for one more than a page). */
    default List<E> list(Where where, int rows) {
        Parameters parameters = where.parameters();
        return find(where.query(), parameters).range(0, rows - 1).list();
    }
}
