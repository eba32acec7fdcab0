package org.anju.localstack;

import java.util.List;

/** The suite's Kafka topics: one per producing service, each with its dead-letter topic. */
public final class Topics {

    public static final List<String> EVENT_TOPICS =
            List.of("households.v1", "funding.v1", "industry.v1", "governance.v1");

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static List<String> all() {
        return EVENT_TOPICS.stream()
                .flatMap(topic -> java.util.stream.Stream.of(topic, topic + DEAD_LETTER_SUFFIX))
                .toList();
    }
}
