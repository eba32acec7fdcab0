package org.anju.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

@ConfigMapping(prefix = "anju.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; a retry after that runs as a new request. */
    @WithDefault("24H")
    Duration retention();

    /** How long a retry waits for a concurrent first attempt with the same key before a 409. */
    @WithName("wait")
    @WithDefault("5S")
    Duration concurrentWait();

    /** How often expired keys are deleted (a scheduler interval, e.g. 1h; read by IdempotencyStore's @Scheduled). */
    @WithDefault("1h")
    String purgeEvery();
}
