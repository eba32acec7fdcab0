package org.anju.gateway.domain;

/**
 * What a counter is stored and read under ({@code gw_counters.counter}): a {@link Counter}, or one
 * {@link Counter.Part part} of a counter split by source, county, purpose, type or hour bucket.
 */
public sealed interface CounterKey permits Counter, Counter.Part {

    String key();
}
