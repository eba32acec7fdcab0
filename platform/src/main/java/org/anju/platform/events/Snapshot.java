package org.anju.platform.events;

import java.util.UUID;

/** The full non-personal state of an aggregate after a change, as its events carry it. */
public interface Snapshot {

    UUID id();

    /** Starts at 1 and increases by one per change: the events' aggregateversion and the ETag. */
    long version();

    /** 6-digit county code, or null for a city-level aggregate. */
    String county();
}
