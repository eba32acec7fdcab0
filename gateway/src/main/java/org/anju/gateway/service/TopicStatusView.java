package org.anju.gateway.service;

import org.anju.platform.consumer.TopicStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How far the gateway's consumer is on one topic.
 *
 * @param lag            records on the topic not yet applied (sum over partitions; -1 while unknown)
 * @param lastEventTime  the {@code time} of the newest event applied
 * @param lastAppliedAt  when the consumer last applied a record of this topic
 * @param deadLettered   records sent to the dead-letter topic since start
 * @param partitions     the topic's partitions this gateway instance consumes now: instances of one consumer group
 *                       share them (empty while none is assigned to it)
 */
@Schema(name = "TopicStatus")
public record TopicStatusView(String topic, long lag, OffsetDateTime lastEventTime, Instant lastAppliedAt, long deadLettered,
                              @Schema(description = "the topic's partitions this gateway instance consumes now; instances of one consumer group share them")
                              List<Integer> partitions) {

    static TopicStatusView of(TopicStatus status) {
        return new TopicStatusView(status.topic(), status.lag(), status.lastEventTime(), status.lastAppliedAt(), status.deadLettered(),
                status.partitions());
    }
}
