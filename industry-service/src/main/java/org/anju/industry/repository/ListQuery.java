package org.anju.industry.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * A list query: optional equality filters (a null value means "any") and a keyset position on
 * the id, fetching one row more than the page so {@code org.anju.platform.rest.Page} can tell
 * whether another page follows.
 */
public final class ListQuery {

    private final String key;
    private final StringJoiner where = new StringJoiner(" and ");
    private final Map<String, Object> parameters = new HashMap<>();

    private ListQuery(String key) {
        this.key = key;
    }

    /** Ordered by the entity's {@code id}. */
    public static ListQuery byId() {
        return new ListQuery("id");
    }

    /** Ordered by another unique UUID property. */
    public static ListQuery by(String key) {
        return new ListQuery(key);
    }

    public ListQuery where(String property, Object value) {
        if (value != null) {
            String parameter = "p" + parameters.size();
            where.add(property + " = :" + parameter);
            parameters.put(parameter, value);
        }
        return this;
    }

    public ListQuery after(UUID last) {
        if (last != null) {
            where.add(key + " > :after");
            parameters.put("after", last);
        }
        return this;
    }

    public <E> List<E> fetch(PanacheRepositoryBase<E, UUID> repository, int limit) {
        String query = where.length() == 0 ? "1 = 1" : where.toString();
        return repository.find(query, Sort.by(key), parameters).range(0, limit).list();
    }
}
