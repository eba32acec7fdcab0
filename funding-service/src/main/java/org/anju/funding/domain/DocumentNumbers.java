package org.anju.funding.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How a document number is written down before it is stored and compared: NFKC (full-width
 * {@code ＲＣＰＴ－００１} is {@code RCPT-001}), every kind of space trimmed (the ideographic space
 * U+3000, no-break, zero-width and byte-order marks too), runs of inner spaces collapsed to one. Two
 * numbers are the same document when their canonical forms are equal ignoring case; the database
 * holds that as the generated column {@code document_key} (V4), whose SQL spells the same spaces.
 */
public final class DocumentNumbers {

    /** The spaces a number is trimmed of and whose runs collapse; V4's {@code document_key} uses the same class. */
    static final String SPACE = "[\\s\\u0085\\u00a0\\u1680\\u180e\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    private static final Pattern EDGES = Pattern.compile("^" + SPACE + "+|" + SPACE + "+$");
    private static final Pattern RUNS = Pattern.compile(SPACE + "+");

    private DocumentNumbers() {
    }

    /** The number as the ledger stores it (the case as typed), or null for no number (null or only spaces). */
    public static String canonical(String typed) {
        if (typed == null) {
            return null;
        }
        String normal = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        String trimmed = RUNS.matcher(EDGES.matcher(normal).replaceAll("")).replaceAll(" ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
