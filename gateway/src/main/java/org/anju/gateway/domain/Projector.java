package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The counting rules of one producer's aggregates: what the snapshot of an aggregate of each kind
 * (its public constants, e.g. {@link HouseholdsProjector#HOUSEHOLD}) contributes to which
 * {@link Counter} in which scopes, from which business day ({@link Dating}).
 */
public interface Projector {

    /** What a snapshot of {@code kind} adds to the counters, dated. */
    Contributions contributions(String kind, JsonNode snapshot, Dating dating);

    /**
     * The field of a snapshot of {@code kind} that is a running total without a date of its own (a
     * beneficiary's {@code dividendsPaid}): the projection dates each increase on the day it records it
     * ({@link Dating#recordedIncrements}). Null when there is none.
     */
    default String recordedAmount(String kind) {
        return null;
    }
}
