package org.anju.platform.text;

import java.text.Normalizer;

/**
 * Identifiers as people type them: an IME gives full-width digits and letters ({@code １４０７…},
 * {@code Ｘ}) and ideographic or no-break spaces, copy-paste adds zero-width characters. Every
 * identifier (codes, registry and ID numbers, phone numbers) is read through {@link #normalise}
 * before it is validated, on every entry path.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * NFKC-normalised (full-width forms become ASCII) and stripped of leading and trailing white
     * space of every kind, including U+00A0, U+3000 and the zero-width U+200B and U+FEFF.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int start = 0;
        int end = normalised.length();
        while (start < end && isSpace(normalised.codePointAt(start))) {
            start += Character.charCount(normalised.codePointAt(start));
        }
        while (end > start && isSpace(normalised.codePointBefore(end))) {
            end -= Character.charCount(normalised.codePointBefore(end));
        }
        return normalised.substring(start, end);
    }

    /** White space in any script, plus the invisible characters that travel with pasted text. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060
                || codePoint == 0xFEFF;
    }
}
