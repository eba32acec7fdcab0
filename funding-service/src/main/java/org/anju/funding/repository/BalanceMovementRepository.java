package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.BalanceMovement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class BalanceMovementRepository implements PanacheRepositoryBase<BalanceMovement, UUID> {

    public List<BalanceMovement> ofEntries(Collection<UUID> entryIds) {
        return entryIds.isEmpty() ? List.of() : list("entryId in ?1 order by balanceId", entryIds);
    }
}
