package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/**
 * The county of every site this service knows: replicated from households-service, or, for a site
 * not replicated yet, fixed by the first record that named it.
 */
@ApplicationScoped
public class KnownSiteRepository {

    private final EntityManager entityManager;

    public KnownSiteRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the site's county if the site is new and returns the county on record. The site's row
     * stays locked until the transaction ends, so writes that create per-site state (a site's
     * standard) take turns.
     */
    public String countyOf(UUID siteId, String county) {
        entityManager.createNativeQuery("INSERT INTO known_site (site_id, county) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, siteId)
                .setParameter(2, county)
                .executeUpdate();
        return (String) entityManager.createNativeQuery("SELECT county FROM known_site WHERE site_id = ?1 FOR UPDATE")
                .setParameter(1, siteId)
                .getSingleResult();
    }

    /** The site as households-service publishes it: its county is authoritative. */
    public void replicate(UUID siteId, String county) {
        entityManager.createNativeQuery("INSERT INTO known_site (site_id, county, from_households) VALUES (?1, ?2, true)"
                        + " ON CONFLICT (site_id) DO UPDATE SET county = EXCLUDED.county, from_households = true")
                .setParameter(1, siteId)
                .setParameter(2, county)
                .executeUpdate();
    }
}
