package org.anju.platform.text;

import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifiers as people type them: an IME gives full-width digits and letters ({@code １４０７…},
 * {@code Ｘ}) and ideographic or no-break spaces, copy-paste adds zero-width characters. Every
 * identifier (codes, registry and ID numbers, phone numbers) is read through {@link #normalise}
 * before it is validated, on every entry path, and refused when a spreadsheet has mangled it
 * ({@link #problem}): the same rule for a JSON field ({@code org.anju.platform.json.Identifier}) and
 * a spreadsheet cell ({@code Cells.identifier}).
 */
public final class Identifiers {

    /** Excel's scientific notation, {@code 1.40781E+18}: the number was shortened and its last digits are lost. */
    private static final Pattern E_NOTATION = Pattern.compile("[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+");

    private Identifiers() {
    }

    /**
     * Why an identifier (already {@link #normalise normalised}) cannot be stored as it is, or empty
     * when it can: scientific notation ({@code 1.40781E+18}, Excel has lost its last digits) or a
     * spreadsheet formula ({@code ="J6-0001"}, {@code =A2}: a formula, not the value it shows).
     */
    public static Optional<Message> problem(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        if (E_NOTATION.matcher(identifier).matches()) {
            return Optional.of(Message.of("cell.identifier.e-notation", Message.of("cell.format-as-text")));
        }
        if (identifier.startsWith("=")) {
            return Optional.of(Message.of("identifier.formula"));
        }
        return Optional.empty();
    }

    /**
     * An identifier as {@link #normalise} reads it, refused when a spreadsheet has mangled it ({@link #problem}).
     *
     * @param field the field it came from, named in the 400
     * @throws InvalidInput (400) for scientific notation or a formula
     */
    public static String identifier(String raw, String field) {
        String identifier = normalise(raw);
        Optional<Message> problem = problem(identifier);
        if (problem.isPresent()) {
            throw new InvalidInput(field, problem.get());
        }
        return identifier;
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
