package org.anju.funding.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

final class Timestamps {

    private Timestamps() {
    }

    /** Now, at PostgreSQL's precision (microseconds), so that a stored time equals the one in memory and in cursors. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
