package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.ImportJob;
import org.anju.households.domain.ImportStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public Optional<ImportJob> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Running jobs not heard from since {@code threshold}, locked for the caller to fail them. */
    public List<ImportJob> quietRunningJobs(Instant threshold) {
        return find("status = ?1 and heartbeatAt < ?2", ImportStatus.RUNNING, threshold)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<UUID> idsWithStatus(ImportStatus status) {
        return getEntityManager()
                .createQuery("select j.id from ImportJob j where j.status = :status order by j.createdAt", UUID.class)
                .setParameter("status", status)
                .getResultList();
    }
}
