package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.ImportJob;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public List<UUID> idsWithStatus(ImportJob.Status status) {
        return getEntityManager()
                .createQuery("select j.id from ImportJob j where j.status = :status order by j.createdAt", UUID.class)
                .setParameter("status", status)
                .getResultList();
    }
}
