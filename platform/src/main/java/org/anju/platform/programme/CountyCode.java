package org.anju.platform.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.InvalidInput;
import org.anju.platform.text.Identifiers;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A county-level division of the programme by its 6-digit GB/T 2260 code ({@code 140723} 和顺县),
 * the one county key of the suite: request fields, query parameters and spreadsheet columns that
 * name a county are of this type. A code is read as people type it (NFKC-normalised, so full-width
 * digits from an IME count, and trimmed of every Unicode space) and must name one of the
 * programme's {@link AdministrativeDivisions}; anything else is a 400 naming the field, never stored.
 * <p>
 * In JSON and query strings it is the bare code ({@code "county": "140723"}, {@code ?county=140723}).
 */
@Schema(name = "CountyCode", type = SchemaType.STRING, pattern = "^\\d{6}$", example = "140723",
        description = "A county-level division of the programme by its 6-digit GB/T 2260 code")
public final class CountyCode implements Comparable<CountyCode> {

    /** The shape of every GB/T 2260 code; the only place the suite spells it out. */
    static final Pattern SHAPE = Pattern.compile("\\d{6}");

    private final String code;

    private CountyCode(String code) {
        this.code = code;
    }

    /**
     * The county a client named, normalised and checked.
     *
     * @param field the input it came from (a JSON field, query parameter or column), named in the 400
     * @throws InvalidInput (400) when it is not a county of the programme
     */
    public static CountyCode of(String raw, String field) {
        String code = Identifiers.normalise(raw);
        Optional<Message> problem = problem(code);
        if (problem.isPresent()) {
            throw new InvalidInput(field, problem.get());
        }
        return new CountyCode(code);
    }

    /** From JSON and query parameters (JAX-RS calls {@code valueOf}); the field is called {@code county}. */
    @JsonCreator
    public static CountyCode valueOf(String raw) {
        return of(raw, "county");
    }

    /** A county code, or null when none is given (an optional filter). */
    public static CountyCode ofNullable(String raw, String field) {
        String code = Identifiers.normalise(raw);
        return code == null || code.isEmpty() ? null : of(code, field);
    }

    /** Whether {@code raw} names a county of the programme, as {@link #of} reads it. */
    public static boolean isCounty(String raw) {
        return problem(Identifiers.normalise(raw)).isEmpty();
    }

    /**
     * Why {@code code} (already normalised) is not a county of the programme, or empty when it is.
     * The message repeats the value (a county code is not personal data) and says what is expected.
     */
    static Optional<Message> problem(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            return Optional.of(Message.of("county.malformed", printable(code)));
        }
        AdministrativeDivisions divisions = AdministrativeDivisions.programme();
        if (!divisions.isCounty(code)) {
            return Optional.of(Message.of(code.equals(divisions.city()) ? "county.city-itself" : "county.unknown", code,
                    String.join(", ", divisions.countiesInOrder())));
        }
        return Optional.empty();
    }

    private static String printable(String code) {
        if (code == null) {
            return "";
        }
        return code.codePointCount(0, code.length()) > 20 ? code.substring(0, code.offsetByCodePoints(0, 20)) + "…" : code;
    }

    /** Null-safe: the code of a county, or null for none. */
    public static String codeOf(CountyCode county) {
        return county == null ? null : county.code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountyCode county && county.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }

    @Override
    public int compareTo(CountyCode other) {
        return code.compareTo(other.code);
    }
}
