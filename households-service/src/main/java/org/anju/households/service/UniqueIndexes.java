package org.anju.households.service;

import org.anju.platform.problem.DomainRuleViolation;
import org.hibernate.exception.ConstraintViolationException;

import java.util.function.Function;

/**
 * The services check uniqueness against committed data first; a record saved at the same time by
 * someone else is caught by the database's unique index when the change is flushed, and answered
 * as the same 409 (never the SQL message, which quotes the values).
 */
final class UniqueIndexes {

    private UniqueIndexes() {
    }

    /** Runs {@code flush}; a unique violation becomes what {@code conflict} makes of the violated constraint's name. */
    static void flush(Runnable flush, Function<String, DomainRuleViolation> conflict) {
        try {
            flush.run();
        } catch (ConstraintViolationException e) {
            throw conflict.apply(String.valueOf(e.getConstraintName()));
        }
    }
}
