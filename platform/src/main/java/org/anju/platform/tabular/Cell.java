package org.anju.platform.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell as the file holds it: CSV cells are always text; a workbook's cells keep their type,
 * so that a number Excel rounded to 15 significant digits is told apart from digits kept as text,
 * and a real date cell from a date written as text. {@link Cells} reads them into values.
 *
 * @param text   the text of a TEXT cell, or how a NUMBER, DATE or BOOLEAN cell reads as text
 * @param number the value of a NUMBER cell (exactly as stored in the file, which for Excel is a
 *               binary double printed with up to 17 digits)
 * @param date   the value of a DATE cell (a number in a date format)
 */
public record Cell(Kind kind, String text, BigDecimal number, LocalDate date) {

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN }

    public static final Cell BLANK = new Cell(Kind.BLANK, "", null, null);

    public static Cell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new Cell(Kind.TEXT, text, null, null);
    }

    public static Cell number(BigDecimal number) {
        return new Cell(Kind.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
    }

    public static Cell date(LocalDate date) {
        return new Cell(Kind.DATE, date.toString(), null, date);
    }

    public static Cell bool(boolean value) {
        return new Cell(Kind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    /** Blank, or text of nothing but white space. */
    public boolean isBlank() {
        return kind == Kind.BLANK || (kind == Kind.TEXT && text.isBlank());
    }
}
