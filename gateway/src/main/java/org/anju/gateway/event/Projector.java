package org.anju.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.gateway.domain.Contributions;
import org.anju.platform.events.EventEnvelope;

import java.util.Optional;

/** Turns one producer's snapshots into counter contributions. */
public interface Projector {

    /** The kind of aggregate the event's snapshot describes, or empty if the gateway does not count it. */
    Optional<String> kindOf(EventEnvelope event);

    /** What a snapshot of that kind adds to the counters. */
    Contributions contributions(String kind, JsonNode snapshot);
}
