package org.anju.platform.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How a consumer reads another service's events: which kind of aggregate an event describes, by
 * its producer and its name (an exact name, or a prefix ending in {@code *}); events of other
 * producers or names are not this consumer's business. Every consumer of the suite declares what
 * it reads this way:
 * <pre>
 * static final EventKinds HOUSEHOLDS = EventKinds.from("households-service")
 *         .kind("household", "Household*", "HousingAllocated", "Homestead*")
 *         .kind("site", "Site*");
 * HOUSEHOLDS.of(event).ifPresent(kind -> ...);
 * </pre>
 */
public final class EventKinds {

    private final String source;
    private final Map<String, String> byName = new LinkedHashMap<>();

    private EventKinds(String producer) {
        this.source = "/anju/" + producer;
    }

    /** Events whose CloudEvents {@code source} is {@code /anju/<producer>}, e.g. {@code households-service}. */
    public static EventKinds from(String producer) {
        return new EventKinds(producer);
    }

    /** Events named {@code names} (exact names or prefixes ending in {@code *}) are of {@code kind}. */
    public EventKinds kind(String kind, String... names) {
        for (String name : names) {
            byName.put(name, kind);
        }
        return this;
    }

    /** The kind of the event, or empty when it is not one this consumer reads. */
    public Optional<String> of(EventEnvelope event) {
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

    /** Whether the event is of {@code kind}. */
    public boolean is(EventEnvelope event, String kind) {
        return of(event).filter(kind::equals).isPresent();
    }
}
