package org.anju.industry.domain;

import java.util.UUID;

/** The full non-personal state of an aggregate after a change: what its events carry and its API returns. */
public interface AggregateSnapshot {

    UUID id();

    /** Starts at 1 and increases by one per change: the events' aggregateversion and the ETag. */
    long version();

    /** 6-digit county code. */
    String county();
}
