package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.PovertyVillage;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VillageRepository implements PanacheRepositoryBase<PovertyVillage, UUID> {

    public Optional<PovertyVillage> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Loads the village share-locked: households join it while no one relocates it (which locks it for update). */
    public Optional<PovertyVillage> findForShare(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }
}
