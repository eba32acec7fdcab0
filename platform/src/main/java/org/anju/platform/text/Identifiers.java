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
        return trim(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    }

    /**
     * Stripped of leading and trailing white space of every kind, the text itself untouched: for
     * names and free text, which keep their characters (a name is not NFKC-normalised).
     */
    public static String trim(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** White space in any script, plus the invisible characters that travel with pasted text. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0x2060
                || codePoint == 0xFEFF;
    }
}
