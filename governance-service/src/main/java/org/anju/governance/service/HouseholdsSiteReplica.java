package org.anju.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.repository.KnownSiteRepository;
import org.anju.platform.consumer.AggregateVersions;
import org.anju.platform.consumer.EventHandler;
import org.anju.platform.events.EventEnvelope;

import java.util.UUID;

/**
 * Keeps each resettlement site's county as households-service publishes it on {@code households.v1}
 * (every {@code Site*} event carries the site's full snapshot); other households events are ignored.
 */
@ApplicationScoped
public class HouseholdsSiteReplica implements EventHandler {

    private static final String SITE_EVENTS = "anju.households.Site";

    private final KnownSiteRepository knownSites;
    private final AggregateVersions versions;

    HouseholdsSiteReplica(KnownSiteRepository knownSites, AggregateVersions versions) {
        this.knownSites = knownSites;
        this.versions = versions;
    }

    @Override
    public void handle(EventEnvelope event) {
        if (event.type().startsWith(SITE_EVENTS)) {
            versions.applyIfNewer(event, () ->
                    knownSites.replicate(UUID.fromString(event.subject()), event.data().path("county").asText()));
        }
    }
}
