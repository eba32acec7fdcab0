package org.anju.platform.events;

/**
 * A change of one aggregate, published with event-carried state: {@link #data()} is the full
 * snapshot of the aggregate after the change. Implement it with a record named in the past
 * tense ({@code HouseholdMovedIn}); the record's simple name becomes the event type's last part.
 */
public interface DomainEvent {

    /** The aggregate's id: the CloudEvents subject and the Kafka key, so one aggregate stays in order. */
    String aggregateId();

    /** Increases by one with every change of the aggregate; consumers apply only newer versions. */
    long aggregateVersion();

    /** The aggregate's 6-digit county code, or {@code null} for a city-level aggregate. */
    String county();

    /** The snapshot after the change, serialised as JSON; ids, codes and counts only, never personal data. */
    Object data();

    default String eventName() {
        return getClass().getSimpleName();
    }
}
