package org.anju.platform.rest;

import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one cursor format of every list: the sort key of the last item of a page, its parts joined
 * and Base64url-encoded, so that clients pass it back unchanged ({@code ?cursor=...}) and never
 * build one themselves. {@code org.anju.platform.persistence.ListQuery} makes and reads them.
 */
public final class Cursors {

    private static final String SEPARATOR = "\u001f";

    private Cursors() {
    }

    public static String encode(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor made by {@link #encode}; a cursor that is not one is a 400 naming {@code cursor}. */
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
        throw notOurs();
    }

    /** The 400 for a cursor whose parts decode but do not parse. */
    public static InvalidInput notOurs() {
        return new InvalidInput("cursor", Message.of("input.cursor"));
    }
}
