package org.anju.households.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.testing.EventContracts;
import org.anju.testing.TopicRecords;

import java.time.Duration;
import java.util.List;

/** The events this service published about one aggregate, each checked against its contract. */
final class Events {

    static final String TOPIC = "households.v1";

    private Events() {
    }

    static List<JsonNode> of(String aggregateId, int count) {
        return TopicRecords.await(TOPIC, record -> aggregateId.equals(record.key()), count, Duration.ofSeconds(30)).stream()
                .map(record -> EventContracts.assertValid(record.value()))
                .toList();
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.path("type").asText().replace("anju.households.", "")).toList();
    }

    static List<Long> versions(List<JsonNode> events) {
        return events.stream().map(event -> event.path("aggregateversion").asLong()).toList();
    }
}
