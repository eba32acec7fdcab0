package org.anju.governance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.governance.domain.SiteStandard;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SiteStandardRepository implements PanacheRepositoryBase<SiteStandard, UUID> {

    public Optional<SiteStandard> findForUpdate(UUID siteId) {
        return findByIdOptional(siteId, LockModeType.PESSIMISTIC_WRITE);
    }
}
