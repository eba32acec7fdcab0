package org.anju.platform.rest;

import jakarta.ws.rs.BadRequestException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, encoded so that clients pass
 * it back unchanged ({@code ?cursor=...}) and never build one themselves.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor made by {@link #encode}; a cursor that is not one is a 400. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(decoded.split(Pattern.quote(SEPARATOR), -1));
            if (parts.size() == expectedParts) {
                return parts;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadRequestException("The cursor is not one this API returned; pass nextCursor back unchanged.");
    }
}
