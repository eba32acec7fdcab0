package org.anju.households.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.anju.households.domain.PovertyVillage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class VillageRepository implements PanacheRepositoryBase<PovertyVillage, UUID> {

    public Optional<PovertyVillage> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The county's villages of that name, in every township (a village's name is unique in its township). */
    public List<PovertyVillage> findByName(String county, String name) {
        return list("county = ?1 and name = ?2 order by id", county, name);
    }

    /** The village of that township and name in the county; a null township is a village registered without one. */
    public Optional<PovertyVillage> findByName(String county, String township, String name) {
        return find("county = ?1 and coalesce(township, '') = ?2 and name = ?3", county, township == null ? "" : township, name)
                .firstResultOptional();
    }

    /** Loads the village share-locked: households join it while no one relocates it (which locks it for update). */
    public Optional<PovertyVillage> findForShare(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }
}
