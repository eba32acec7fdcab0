package org.anju.platform.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import org.anju.platform.rest.Cursors;
import org.anju.platform.rest.Page;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A list request as a query: optional filters (a null value means "any") and a keyset position
 * from the client's cursor, in a stable order. Every list of the suite pages this way:
 * <pre>
 * return ListQuery.byId(Employment::id)
 *         .where("county", countyScope.listCounty(county))
 *         .where("channel", channel)
 *         .after(cursor)
 *         .page(employments, limit)          // Page&lt;Employment&gt;, nextCursor set when more follow
 *         .map(views::employment);
 * </pre>
 * Properties are entity (HQL) property names.
 *
 * @param <E> the entity listed
 */
public final class ListQuery<E> {

    private record Key<E>(String property, Function<E, ?> value, Function<String, Object> parse) {
    }

    private final List<Key<E>> keys;
    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    private ListQuery(List<Key<E>> keys) {
        this.keys = keys;
    }

    /** Ordered by the entity's UUID {@code id}. */
    public static <E> ListQuery<E> byId(Function<E, UUID> id) {
        return by("id", id);
    }

    /** Ordered by another unique UUID property, e.g. {@code householdId}. */
    public static <E> ListQuery<E> by(String property, Function<E, UUID> key) {
        return new ListQuery<>(List.of(new Key<>(property, key, UUID::fromString)));
    }

    /** Ordered by an instant (e.g. when it was recorded), ties broken by the UUID {@code id}. */
    public static <E> ListQuery<E> byTimeThenId(String timeProperty, Function<E, Instant> time, Function<E, UUID> id) {
        return new ListQuery<>(List.of(new Key<>(timeProperty, time, Instant::parse), new Key<>("id", id, UUID::fromString)));
    }

    /** {@code property = value} when a value is given. */
    public ListQuery<E> where(String property, Object value) {
        return where(property + " = :" + parameterFor(property), parameterFor(property), value);
    }

    /** A condition with one named parameter (e.g. {@code "occurredOn >= :from"}), added when the value is given. */
    public ListQuery<E> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** A condition that always applies, with its parameters. */
    public ListQuery<E> where(String condition, Parameters values) {
        conditions.add(condition);
        values.map().forEach(parameters::and);
        return this;
    }

    /** Continues after the item a previous page's {@code nextCursor} names; null or blank starts at the beginning. */
    public ListQuery<E> after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return this;
        }
        List<String> parts = Cursors.decode(cursor, keys.size());
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                values.add(keys.get(i).parse().apply(parts.get(i)));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw Cursors.notOurs();
        }
        // (k0 > :after0) or (k0 = :after0 and k1 > :after1) ...
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> conjunction = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                conjunction.add(keys.get(j).property() + " = :after" + j);
            }
            conjunction.add(keys.get(i).property() + " > :after" + i);
            alternatives.add("(" + String.join(" and ", conjunction) + ")");
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        for (int i = 0; i < values.size(); i++) {
            parameters.and("after" + i, values.get(i));
        }
        return this;
    }

    /** Up to {@code limit} items in order, with the cursor of the next page when more follow. */
    public Page<E> page(PanacheRepositoryBase<E, ?> repository, int limit) {
        List<E> fetched = repository.find(query(), sort(), parameters).range(0, limit).list();
        return Page.of(fetched, limit, this::cursorOf);
    }

    /** Every matching item in order, streamed (exports); needs an open transaction and closing. */
    public Stream<E> stream(PanacheRepositoryBase<E, ?> repository) {
        return repository.find(query(), sort(), parameters).stream();
    }

    private String cursorOf(E item) {
        return Cursors.encode(keys.stream().map(key -> String.valueOf(key.value().apply(item))).toArray(String[]::new));
    }

    private String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    private Sort sort() {
        Sort sort = Sort.by(keys.get(0).property());
        for (int i = 1; i < keys.size(); i++) {
            sort = sort.and(keys.get(i).property());
        }
        return sort;
    }

    private static String parameterFor(String property) {
        return property.replace('.', '_');
    }
}
