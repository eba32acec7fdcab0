package org.anju.governance.service;

import jakarta.ws.rs.BadRequestException;
import org.anju.platform.rest.Cursors;
import org.anju.platform.rest.Page;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Lists page by aggregate id: the cursor is the last id of the previous page. */
final class Keyset {

    private Keyset() {
    }

    static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String id = Cursors.decode(cursor, 1).get(0);
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("The cursor is not one this API returned; pass nextCursor back unchanged.");
        }
    }

    /** A page from {@code limit + 1} fetched rows, mapped to what the API shows. */
    static <E, V> Page<V> page(List<E> fetched, int limit, Function<E, UUID> id, Function<E, V> view) {
        return Page.of(fetched, limit, row -> Cursors.encode(id.apply(row).toString())).map(view);
    }
}
