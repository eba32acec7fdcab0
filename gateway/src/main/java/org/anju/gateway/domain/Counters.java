package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counters of one scope as stored, read by {@link CounterKey}: what indicators and
 * data-quality rules compute from.
 *
 * @param values counter key → value
 */
public record Counters(Map<String, BigDecimal> values) {

    public static final Counters NONE = new Counters(Map.of());

    public Counters {
        values = Map.copyOf(values);
    }

    /** The counter's value; 0 when it was never counted in this scope. */
    public BigDecimal value(CounterKey counter) {
        return values.getOrDefault(counter.key(), BigDecimal.ZERO);
    }

    /** The counter's value if it was ever counted in this scope (a counter back at 0 included). */
    public Optional<BigDecimal> recorded(CounterKey counter) {
        return Optional.ofNullable(values.get(counter.key()));
    }

    /** The parts of a split counter by part ({@code POLICY_LOAN → 564000000}), in part order. */
    public SortedMap<String, BigDecimal> parts(Counter counter) {
        SortedMap<String, BigDecimal> parts = new TreeMap<>();
        values.forEach((key, value) -> {
            if (counter.isPartKey(key)) {
                parts.put(counter.partOf(key), value);
            }
        });
        return parts;
    }

    /** {@code this − earlier} per counter: what was counted between the two (a counter of either is kept, at 0 too). */
    public Counters minus(Counters earlier) {
        Map<String, BigDecimal> difference = new java.util.HashMap<>(values);
        earlier.values.forEach((key, value) -> difference.merge(key, value.negate(), BigDecimal::add));
        return new Counters(difference);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
