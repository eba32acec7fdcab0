package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** The county of every site this service has seen, fixed by the first record that named the site. */
@ApplicationScoped
public class KnownSiteRepository {

    private final EntityManager entityManager;

    public KnownSiteRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the site's county if the site is new and returns the county on record (race-free). */
    public String countyOf(UUID siteId, String county) {
        entityManager.createNativeQuery("INSERT INTO known_site (site_id, county) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, siteId)
                .setParameter(2, county)
                .executeUpdate();
        return (String) entityManager.createNativeQuery("SELECT county FROM known_site WHERE site_id = ?1")
                .setParameter(1, siteId)
                .getSingleResult();
    }
}
