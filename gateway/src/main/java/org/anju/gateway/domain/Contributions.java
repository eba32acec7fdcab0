package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one aggregate's snapshot adds to the counters of each scope it belongs to. The projection
 * applies the difference between an aggregate's old and new contributions, so counters stay
 * exact without ever rescanning records.
 */
public final class Contributions {

    /**
     * A member of a distinct count: {@code key} (e.g. a household id) counts once towards
     * {@code counter}, with {@code weight} (e.g. its members), however many aggregates refer to it.
     */
    public record DistinctMember(Counter counter, String key, BigDecimal weight, List<Scope> scopes) {
    }

    private final Map<String, Map<String, BigDecimal>> byScope = new HashMap<>();
    private final Map<String, DistinctMember> distinct = new HashMap<>();

    public static Contributions none() {
        return new Contributions();
    }

    /** Adds {@code amount} to {@code counter} in each of the scopes (a null scope is skipped). */
    public Contributions add(CounterKey counter, BigDecimal amount, Scope... scopes) {
        if (amount.signum() == 0) {
            return this;
        }
        for (Scope scope : scopes) {
            if (scope != null) {
                byScope.computeIfAbsent(scope.key(), k -> new HashMap<>()).merge(counter.key(), amount, BigDecimal::add);
            }
        }
        return this;
    }

    public Contributions add(CounterKey counter, long amount, Scope... scopes) {
        return add(counter, BigDecimal.valueOf(amount), scopes);
    }

    /** Adds 1 to {@code counter} when {@code condition} holds. */
    public Contributions count(CounterKey counter, boolean condition, Scope... scopes) {
        return condition ? add(counter, BigDecimal.ONE, scopes) : this;
    }

    /** Refers to {@code key} in the distinct count {@code counter}; see {@link DistinctMember}. */
    public Contributions distinct(Counter counter, String key, long weight, Scope... scopes) {
        List<Scope> present = Arrays.stream(scopes).filter(Objects::nonNull).toList();
        distinct.put(counter.key() + "|" + key, new DistinctMember(counter, key, BigDecimal.valueOf(weight), present));
        return this;
    }

    public Collection<DistinctMember> distinctMembers() {
        return distinct.values();
    }

    /** Scope key → counter key → amount. */
    public Map<String, Map<String, BigDecimal>> byScope() {
        return byScope;
    }

    /** {@code after − before}, per scope and counter, without the zero entries. */
    public static Map<String, Map<String, BigDecimal>> delta(Contributions before, Contributions after) {
        Map<String, Map<String, BigDecimal>> delta = new HashMap<>();
        after.byScope.forEach((scope, counters) -> counters.forEach((counter, value) ->
                delta.computeIfAbsent(scope, k -> new HashMap<>()).merge(counter, value, BigDecimal::add)));
        before.byScope.forEach((scope, counters) -> counters.forEach((counter, value) ->
                delta.computeIfAbsent(scope, k -> new HashMap<>()).merge(counter, value.negate(), BigDecimal::add)));
        delta.values().forEach(counters -> counters.values().removeIf(value -> value.signum() == 0));
        delta.values().removeIf(Map::isEmpty);
        return delta;
    }
}
