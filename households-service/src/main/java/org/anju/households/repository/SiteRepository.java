package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.ResettlementSite;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<ResettlementSite, UUID> {

    public Optional<ResettlementSite> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The county's site of that name (a site's name is unique in its county). */
    public Optional<ResettlementSite> findByName(String county, String name) {
        return find("county = ?1 and name = ?2", county, name).firstResultOptional();
    }
}
