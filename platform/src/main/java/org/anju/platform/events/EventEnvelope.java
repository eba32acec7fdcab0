package org.anju.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * A consumed event: the CloudEvents attributes the suite uses and the snapshot as a JSON tree.
 *
 * @param source           the producing application, e.g. {@code /anju/households-service}
 * @param type             e.g. {@code anju.households.HouseholdMovedIn}
 * @param subject          the aggregate id
 * @param county           6-digit county code or {@code null}
 * @param aggregateVersion the aggregate's version after the change
 */
public record EventEnvelope(String id, String source, String type, OffsetDateTime time, String subject,
                            String county, long aggregateVersion, JsonNode data) {

    /** The event's name without its producer prefix, e.g. {@code HouseholdMovedIn}. */
    public String name() {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
