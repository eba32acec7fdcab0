package org.anju.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Where and as whom an application publishes its events. */
@ConfigMapping(prefix = "anju.events")
public interface EventsConfig {

    /** The application's own topic (e.g. {@code households.v1}); without it the application publishes nothing. */
    Optional<String> topic();

    /** The CloudEvents {@code source}. */
    @WithDefault("/anju/${quarkus.application.name}")
    String source();

    /** Prefix of every event type, e.g. {@code anju.households} gives {@code anju.households.HouseholdMovedIn}. */
    Optional<String> typePrefix();
}
