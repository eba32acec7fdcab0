package org.anju.households.service;

import org.anju.platform.text.Identifiers;

import java.text.Normalizer;

/**
 * Names that identify a record (a site by county and name, a village by county, township and
 * name) as they are stored and compared, on every entry path: NFKC-normalised (a full-width
 * {@code Ａ} or {@code １} is the {@code A} or {@code 1} typed without the IME), without the spaces of
 * any kind around them, inner runs of spaces (U+00A0, U+3000, tabs…) one ASCII space, and the
 * zero-width characters pasted text carries removed. {@code 灵石测试安置点Ａ} and {@code 灵石测试安置点A}
 * are one name. The migration {@code V4} stores the names registered before in the same form.
 */
final class Names {

    private Names() {
    }

    /** The name as stored and compared; null stays null. */
    static String of(String raw) {
        if (raw == null) {
            return null;
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder name = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); ) {
            int codePoint = normalised.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isZeroWidth(codePoint)) {
                continue;
            }
            if (Identifiers.isSpace(codePoint)) {
                space = true;
                continue;
            }
            if (space && !name.isEmpty()) {
                name.append(' ');
            }
            space = false;
            name.appendCodePoint(codePoint);
        }
        return name.toString();
    }

    private static boolean isZeroWidth(int codePoint) {
        return codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060 || codePoint == 0xFEFF;
    }
}
