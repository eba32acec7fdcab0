package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.households.domain.ImportRowError;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImportRowErrorRepository implements PanacheRepositoryBase<ImportRowError, UUID> {

    public List<ImportRowError> ofJob(UUID jobId) {
        return list("jobId = ?1 order by rowNumber, field", jobId);
    }
}
