package org.anju.platform.consumer;

import org.anju.platform.events.EventEnvelope;

/**
 * What an application does with the events it consumes. Exactly one bean implements it in an
 * application that sets {@code anju.consumer.topics}. It runs inside the transaction that also
 * stores the consumer's offset, so its effects and the offset commit together; throwing rolls
 * both back (the record is retried, then sent to the dead-letter topic).
 */
public interface EventHandler {

    void handle(EventEnvelope event);
}
