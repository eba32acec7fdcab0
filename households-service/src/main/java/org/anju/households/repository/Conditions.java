package org.anju.households.repository;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.List;

/** Builds a keyset-paged query from optional filters: only the filters given become conditions. */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    Conditions equal(String property, Object value) {
        if (value != null) {
            clauses.add(property + " = :" + property);
            parameters.and(property, value);
        }
        return this;
    }

    Conditions after(String property, Object value) {
        if (value != null) {
            clauses.add(property + " > :after");
            parameters.and("after", value);
        }
        return this;
    }

    String query(String orderBy) {
        return (clauses.isEmpty() ? "" : String.join(" and ", clauses)) + " order by " + orderBy;
    }

    Parameters parameters() {
        return parameters;
    }
}
