package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.repository.KnownSiteRepository;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;
import org.anju.platform.events.EventKinds;
import org.anju.platform.programme.CountyCode;

import java.util.UUID;

/**
 * Keeps each resettlement site's county as households-service publishes it on {@code households.v1}
 * (every {@code Site*} event carries the site's full snapshot); other households events are ignored.
 */
@ApplicationScoped
public class HouseholdsSiteReplica implements EventHandler {

    static final EventKinds HOUSEHOLDS = EventKinds.from("households-service").kind("site", "Site*");

    private final KnownSiteRepository knownSites;
    private final AggregateVersions versions;

    HouseholdsSiteReplica(KnownSiteRepository knownSites, AggregateVersions versions) {
        this.knownSites = knownSites;
        this.versions = versions;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (HOUSEHOLDS.is(event, "site")) {
            CountyCode county = CountyCode.of(event.data().path("county").asText(), "data.county");
            versions.applyIfNewer(event, () -> knownSites.replicate(UUID.fromString(event.subject()), county.code()));
        }
    }
}
