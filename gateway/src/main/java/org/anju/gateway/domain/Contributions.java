package org.anju.gateway.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one aggregate's snapshot adds to the counters of each scope it belongs to, dated: each amount
 * counts from a business day on (and, for a fact that stops counting, is taken back on the day it
 * stops). The projection applies the difference between an aggregate's old and new contributions per
 * scope, counter and day ({@link DayDeltas}), so counters stay exact, as of any day, without ever
 * rescanning records.
 */
public final class Contributions {

    /**
     * A member of a distinct count: {@code key} (e.g. a household id) counts once towards
     * {@code counter}, with {@code weight} (e.g. its members), however many aggregates refer to it,
     * from the earliest {@code from} among the aggregates that refer to it.
     */
    public record DistinctMember(Counter counter, String key, BigDecimal weight, LocalDate from, List<Scope> scopes) {
    }

    private final DayDeltas days = DayDeltas.none();
    private final Map<String, DistinctMember> distinct = new HashMap<>();

    public static Contributions none() {
        return new Contributions();
    }

    /** Adds {@code amount} to {@code counter} in each of the scopes (a null scope is skipped), counting from {@code from}. */
    public Contributions add(CounterKey counter, BigDecimal amount, LocalDate from, Scope... scopes) {
        Objects.requireNonNull(from, "from");
        if (amount.signum() == 0) {
            return this;
        }
        for (Scope scope : scopes) {
            if (scope != null) {
                days.add(scope.key(), counter.key(), from, amount);
            }
        }
        return this;
    }

    public Contributions add(CounterKey counter, long amount, LocalDate from, Scope... scopes) {
        return add(counter, BigDecimal.valueOf(amount), from, scopes);
    }

    /** Adds 1 to {@code counter} from {@code from} when {@code condition} holds. */
    public Contributions count(CounterKey counter, boolean condition, LocalDate from, Scope... scopes) {
        return condition ? add(counter, BigDecimal.ONE, from, scopes) : this;
    }

    /**
     * Adds {@code amount} to {@code counter} from {@code from} until {@code until} (no longer counted at
     * the end of that day; null: still counting).
     */
    public Contributions during(CounterKey counter, BigDecimal amount, LocalDate from, LocalDate until, Scope... scopes) {
        add(counter, amount, from, scopes);
        if (until != null) {
            add(counter, amount.negate(), until, scopes);
        }
        return this;
    }

    /** Refers to {@code key} in the distinct count {@code counter} from {@code from}; see {@link DistinctMember}. */
    public Contributions distinct(Counter counter, String key, long weight, LocalDate from, Scope... scopes) {
        Objects.requireNonNull(from, "from");
        List<Scope> present = Arrays.stream(scopes).filter(Objects::nonNull).toList();
        distinct.put(counter.key() + "|" + key, new DistinctMember(counter, key, BigDecimal.valueOf(weight), from, present));
        return this;
    }

    public Collection<DistinctMember> distinctMembers() {
        return distinct.values();
    }

    /** The dated amounts, per scope, counter and day. */
    public DayDeltas days() {
        return days;
    }

    /** Scope key → counter key → amount counted today and for ever after (the sum over its days). */
    public Map<String, Map<String, BigDecimal>> byScope() {
        return days.totals();
    }

    /** {@code after − before}, per scope, counter and day. */
    public static DayDeltas dayDelta(Contributions before, Contributions after) {
        return DayDeltas.none().merge(after.days).minus(before.days);
    }

    /** {@code after − before}, per scope and counter summed over the days, without the zero entries. */
    public static Map<String, Map<String, BigDecimal>> delta(Contributions before, Contributions after) {
        return dayDelta(before, after).totals();
    }
}
