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
}
