package org.anju.platform.consumer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far a consumer is on one topic: the freshness of what it has applied.
 *
 * @param lag            records on the topic not yet applied (sum over partitions; -1 while unknown)
 * @param lastEventTime  the {@code time} of the newest event applied
 * @param lastAppliedAt  when the consumer last applied a record of this topic
 * @param deadLettered   records sent to the dead-letter topic since start
 * @param partitions     the topic's partitions this instance consumes now (instances of one consumer group share them)
 */
public record TopicStatus(String topic, long lag, OffsetDateTime lastEventTime, Instant lastAppliedAt, long deadLettered,
                          List<Integer> partitions) {

    /** A status without the partitions, which only {@link EventConsumer#status()} knows. */
    public TopicStatus(String topic, long lag, OffsetDateTime lastEventTime, Instant lastAppliedAt, long deadLettered) {
        this(topic, lag, lastEventTime, lastAppliedAt, deadLettered, List.of());
    }
}
