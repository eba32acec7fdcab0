package org.anju.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The city the suite serves and its counties (DOMAIN.md geography), and the services behind the gateway. */
@ConfigMapping(prefix = "anju.gateway")
public interface GatewayConfig {

    City city();

    /** County code → names; every county is listed even before it has data. */
    Map<String, Name> counties();

    /** Service name (households, funding, industry, governance) → its base URL. */
    Map<String, URI> services();

    /** How long a proxied or polled call to a service may take. */
    @WithDefault("30s")
    Duration serviceTimeout();

    /** How often today's figures are written to the history. */
    @WithDefault("5m")
    Duration historyInterval();

    interface City {
        String code();

        String zh();

        String en();
    }

    interface Name {
        String zh();

        String en();
    }
}
