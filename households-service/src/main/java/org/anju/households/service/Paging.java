package org.anju.households.service;

import org.anju.platform.rest.Cursors;
import org.anju.platform.security.CountyScope;

import java.util.UUID;

/** Keyset paging by id and the county a list is restricted to. */
final class Paging {

    private Paging() {
    }

    /** The id to continue after, from a cursor this API returned (null for the first page). */
    static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(Cursors.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("The cursor is not one this API returned; pass nextCursor back unchanged.");
        }
    }

    static String cursor(UUID id) {
        return Cursors.encode(id.toString());
    }

    /**
     * The county a list is filtered by: the one asked for, restricted to the caller's own county
     * for a county officer (asking for another county is a 403, not an empty list).
     */
    static String county(CountyScope scope, String requested) {
        if (requested != null) {
            scope.requireRead(requested);
            return requested;
        }
        return scope.readFilter().orElse(null);
    }
}
