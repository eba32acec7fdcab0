package org.anju.funding.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a query's where clause from the optional filters a list request carries. */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) only when {@code value} is given. */
    Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    Where equal(String field, Object value) {
        return and(field + " = :" + field, field, value);
    }

    String clause() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
