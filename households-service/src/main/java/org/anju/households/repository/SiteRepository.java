package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.PlacementMode;
import org.anju.households.domain.ResettlementSite;
import org.anju.households.domain.SiteStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<ResettlementSite, UUID> {

    public Optional<ResettlementSite> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ResettlementSite> page(String county, SiteStatus status, PlacementMode mode, UUID afterId, int limit) {
        Conditions conditions = new Conditions()
                .equal("county", county)
                .equal("status", status)
                .equal("placementMode", mode)
                .after("id", afterId);
        return find(conditions.query("id"), conditions.parameters()).page(0, limit + 1).list();
    }
}
