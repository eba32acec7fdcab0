package org.anju.platform.consumer;

import org.anju.platform.events.EventEnvelope;

import java.util.List;

/**
 * What an application does with the events it consumes. Exactly one bean implements it in an
 * application that sets {@code anju.consumer.topics}. It runs inside the transaction that also
 * stores the consumer's offset, so its effects and the offset commit together; throwing rolls
 * both back (the record is retried, then sent to the dead-letter topic).
 */
public interface EventHandler {

    void handle(EventEnvelope event);

    /**
     * Handles the events of one poll, in the order they were consumed, inside the one transaction that
     * also stores the poll's offsets. The default handles them one by one. An application may override it
     * to apply the poll as one unit of work (read what the events touch once, write every change once),
     * provided the effects equal {@link #handle handling} the events one by one in this order. Should it
     * throw, nothing of the poll is kept: the consumer rolls the transaction back and handles each record
     * on its own, with {@link #handle}, retrying it and then sending it to the dead-letter topic as usual.
     */
    default void handleAll(List<EventEnvelope> events) {
        events.forEach(this::handle);
    }
}
