package org.anju.gateway.rest;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * Proxied requests are timed under their raw path (their routes are regular expressions, not
 * templates), so every household or job id would become a metric of its own until Micrometer's
 * limit of URI tags drops each new one, the gateway's own endpoints included. A path segment that
 * holds a digit is an id: it is timed as {@code {id}}.
 */
@Singleton
@Priority(10) // before Quarkus's URI tag limit (priority 0) counts the path
public class ProxiedPathMetrics implements MeterFilter {

    private static final String API = "/api/v1/";
    private static final Pattern ID_SEGMENT = Pattern.compile("(?<![^/])[^/{}]*\\d[^/{}]*");

    @Override
    public Meter.Id map(Meter.Id id) {
        String uri = id.getTag("uri");
        if (!id.getName().equals("http.server.requests") || uri == null || !uri.startsWith(API)) {
            return id;
        }
        String template = API + ID_SEGMENT.matcher(uri.substring(API.length())).replaceAll("{id}");
        return template.equals(uri) ? id : id.withTag(Tag.of("uri", template));
    }
}
