package org.anju.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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

    /** How long a proxied call to a service may wait for the service (to connect, then between bytes). */
    @WithDefault("30s")
    Duration serviceTimeout();

    /**
     * The origin clients reach the gateway at ({@code https://anju.example.gov.cn}): the proxy rewrites
     * the services' Location headers to it and the merged OpenAPI document names it as its server.
     * Unset, it is taken from each request ({@code Forwarded}, {@code X-Forwarded-Proto/Host/Port}, else {@code Host}).
     */
    Optional<URI> publicOrigin();

    /**
     * The largest body the proxy forwards to a service when it is not JSON (a spreadsheet upload),
     * by service; a service not listed gets {@code quarkus.http.limits.max-body-size}. JSON bodies
     * are limited to {@code anju.http.limits.json-body} for every service, as the services limit them.
     */
    Map<String, MemorySize> bodyLimits();

    /** How the proxy keeps its connections to the services. */
    Proxy proxy();

    /** How long the ops view waits for a service's health and info before showing it DOWN. */
    @WithDefault("2s")
    Duration opsTimeout();

    /** How often the merged OpenAPI document re-reads the services' documents. */
    @WithDefault("5m")
    Duration documentsRefresh();

    interface Proxy {

        /**
         * How long an idle pooled connection to a service is kept: well below the services' own idle
         * timeout, so that the gateway rather than the service closes it.
         */
        @WithDefault("20s")
        Duration keepAlive();

        /** Pooled connections to each service at most (and as many fresh, unpooled ones at a time). */
        @WithDefault("50")
        int poolSize();

        /** How often a request that is safe to repeat is sent again when its pooled connection turns out closed. */
        @WithDefault("2")
        int retries();

        /**
         * A request that may be retried is held in memory up to this size to be sent again; a larger
         * one (a keyed upload) streams through a fresh connection of its own, which cannot be stale.
         */
        @WithDefault("1M")
        MemorySize retryBuffer();
    }

    interface City {
        String zh();

        String en();
    }

    interface Name {
        String zh();

        String en();
    }
}
