package org.anju.platform.tabular;

import java.util.List;
import java.util.Map;

/**
 * One column of a spreadsheet the suite reads or writes: its key (the API's field name, accepted
 * as a header too), its Chinese header (what templates and exports write), its English header
 * (accepted on import), what it holds, and for a column of choices the values and their labels.
 *
 * @param choices for {@link Kind#CHOICE}: each value's code and Chinese label, in template order
 *                (either is accepted on import); empty for other kinds
 * @param hint    what to write, for the template's explanation sheet (Chinese, then English)
 * @param example the value of the template's example row
 */
public record Column(String key, String zh, String en, Kind kind, boolean required, Map<String, String> choices,
                     String hint, String example) {

    /** What a column holds, which decides how it is read ({@link Cells}) and written (text cells for identifiers). */
    public enum Kind { TEXT, IDENTIFIER, DATE, YES_NO, CHOICE }

    public Column {
        choices = choices == null ? Map.of() : choices;
    }

    public static Column of(String key, String zh, String en, Kind kind, boolean required, String hint, String example) {
        return new Column(key, zh, en, kind, required, Map.of(), hint, example);
    }

    /** A column of choices; {@code choices} maps codes to Chinese labels in the order the template lists them. */
    public static Column choice(String key, String zh, String en, boolean required, Map<String, String> choices,
                                String hint, String example) {
        return new Column(key, zh, en, Kind.CHOICE, required, choices, hint, example);
    }

    /** The headers this column is recognised by, as {@link Header} compares them. */
    List<String> names() {
        return List.of(key, zh, en);
    }
}
