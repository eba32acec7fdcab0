package org.anju.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The names of the city the suite serves and of its counties (docs/domain.md, "Geography"), and the
 * services behind the gateway. Which city and counties the programme covers is the platform's
 * {@code AdministrativeDivisions} ({@code anju.programme.city}, {@code anju.programme.counties}).
 */
@ConfigMapping(prefix = "anju.gateway")
public interface GatewayConfig {

    City city();

    /** County code → names, for the programme's counties (every one is listed, also before it has data). */
    Map<String, Name> counties();

    /** Service name (households, funding, industry, governance) → its base URL. */
    Map<String, URI> services();

    /** How long a proxied or polled call to a service may take. */
    @WithDefault("30s")
    Duration serviceTimeout();

    interface City {
        String zh();

        String en();
    }

    interface Name {
        String zh();

        String en();
    }
}
