package org.anju.platform.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "anju.consumer")
public interface EventConsumerConfig {

    /** Topics to consume; none means the application consumes nothing. */
    Optional<List<String>> topics();

    /** Kafka consumer group and the key of the offsets stored in the database. */
    @WithDefault("${quarkus.application.name}")
    String group();

    @WithDefault("500")
    int maxPollRecords();

    /** Attempts at one record before it goes to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Upper bound of the back-off while the database or Kafka is unavailable. */
    @WithDefault("10s")
    Duration maxBackoff();
}
