package org.anju.funding.service;

import jakarta.ws.rs.BadRequestException;
import org.anju.platform.rest.Cursors;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The keyset of lists ordered by a timestamp and then an id: the cursor names the last item of a page. */
record TimeIdCursor(Instant at, UUID id) {

    /** The position after which a page starts; {@code null} cursor = from the start (both parts null). */
    static TimeIdCursor decode(String cursor) {
        if (cursor == null) {
            return new TimeIdCursor(null, null);
        }
        List<String> key = Cursors.decode(cursor, 2);
        try {
            return new TimeIdCursor(Instant.parse(key.get(0)), UUID.fromString(key.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new BadRequestException("The cursor is not one this API returned; pass nextCursor back unchanged.");
        }
    }

    static String encode(Instant at, UUID id) {
        return Cursors.encode(at.toString(), id.toString());
    }
}
