package org.anju.governance.repository;

import io.quarkus.panache.common.Parameters;

import java.util.Map;
import java.util.UUID;

/**
 * A list query's filters and keyset position: each filter given is ANDed in, absent ones are
 * skipped, and rows come in id order after the cursor's id.
 */
public final class Where {

    private final StringBuilder jpql = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    public static Where all() {
        return new Where();
    }

    /** Adds {@code clause} (which names {@code :name}) only when {@code value} is present. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" and ").append(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a clause with several parameters. */
    public Where and(String clause, Map<String, Object> values) {
        jpql.append(" and ").append(clause);
        values.forEach(parameters::and);
        return this;
    }

    public Where after(UUID id) {
        return and("id > :after", "after", id);
    }

    String query() {
        return jpql + " order by id";
    }

    Parameters parameters() {
        return parameters;
    }
}
