package org.anju.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "anju.outbox")
public interface OutboxConfig {

    /** Rows read and published per round; bounds the relay's memory. */
    @WithDefault("500")
    int batchSize();

    /** The relay wakes up at once after a commit; this is only the fallback check. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** Upper bound of the back-off while Kafka is unreachable. */
    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * The largest event a command may record (its CloudEvent JSON); a change that would make a
     * larger one is refused (413) instead of being stored as an event no broker accepts. Below
     * Kafka's default {@code max.request.size} and {@code message.max.bytes} of 1 MiB.
     */
    @WithDefault("900000")
    int maxEventBytes();

    /** How long Kafka may take to acknowledge a batch before the relay retries it. */
    @WithDefault("30s")
    Duration deliveryTimeout();
}
