package org.anju.industry.service;

import jakarta.ws.rs.BadRequestException;
import org.anju.industry.domain.AggregateSnapshot;
import org.anju.platform.rest.Cursors;
import org.anju.platform.rest.Page;
import org.anju.platform.security.CountyScope;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Keyset pages over UUID-ordered lists. */
final class Lists {

    private Lists() {
    }

    /** The id the cursor points after, or null for the first page. */
    static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(Cursors.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The cursor is not one this API returned; pass nextCursor back unchanged.");
        }
    }

    /**
     * The county a list is restricted to: the one asked for (if the caller may read it), else the
     * caller's own for a county officer, else none (every county).
     */
    static String county(CountyScope scope, String requested) {
        if (requested != null) {
            scope.requireRead(requested);
            return requested;
        }
        return scope.readFilter().orElse(null);
    }

    static <E, S extends AggregateSnapshot> Page<S> page(List<E> fetched, int limit, Function<E, S> snapshot) {
        return Page.of(fetched.stream().map(snapshot).toList(), limit, s -> Cursors.encode(s.id().toString()));
    }
}
