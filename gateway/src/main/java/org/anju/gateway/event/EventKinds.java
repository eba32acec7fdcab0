package org.anju.gateway.event;

import org.anju.platform.events.EventEnvelope;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of aggregate a producer's event describes, by the event's name: an exact name or a
 * name prefix ({@code "Household*"}); events of other producers or names are not counted.
 */
final class EventKinds {

    private final String source;
    private final Map<String, String> byName = new LinkedHashMap<>();

    EventKinds(String producer) {
        this.source = "/anju/" + producer;
    }

    /** {@code names} are exact names or prefixes ending in {@code *}. */
    EventKinds kind(String kind, String... names) {
        for (String name : names) {
            byName.put(name, kind);
        }
        return this;
    }

    Optional<String> of(EventEnvelope event) {
        if (!source.equals(event.source())) {
            return Optional.empty();
        }
        String name = event.name();
        return byName.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("*")
                        ? name.startsWith(entry.getKey().substring(0, entry.getKey().length() - 1))
                        : name.equals(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
