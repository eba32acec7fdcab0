package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * What one aggregate's snapshot adds to the counters of each scope it belongs to. The projection
 * applies the difference between an aggregate's old and new contributions, so counters stay
 * exact without ever rescanning records.
 */
public final class Contributions {

    private final Map<String, Map<String, BigDecimal>> byScope = new HashMap<>();

    public static Contributions none() {
        return new Contributions();
    }

    /** Adds {@code amount} to {@code counter} in each of the scopes (a null scope is skipped). */
    public Contributions add(String counter, BigDecimal amount, Scope... scopes) {
        if (amount.signum() == 0) {
            return this;
        }
        for (Scope scope : scopes) {
            if (scope != null) {
                byScope.computeIfAbsent(scope.key(), k -> new HashMap<>()).merge(counter, amount, BigDecimal::add);
            }
        }
        return this;
    }

    public Contributions add(String counter, long amount, Scope... scopes) {
        return add(counter, BigDecimal.valueOf(amount), scopes);
    }

    /** Adds 1 to {@code counter} when {@code condition} holds. */
    public Contributions count(String counter, boolean condition, Scope... scopes) {
        return condition ? add(counter, BigDecimal.ONE, scopes) : this;
    }

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
