package org.anju.gateway.service.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The city (or county) report as written, before it is laid out as HTML, PDF or DOCX: every figure is a
 * {@link Figure} carrying the indicator API's value as it is ({@code raw}), how the report shows it, the note
 * that defines it and whether a data-quality finding flags it.
 */
public record Report(Locale locale, String scopeCode, LocalDate asOf, String title, String asOfLine, String intro,
                     List<Section> sections, CountyTable counties, String notesHeading, List<Note> notes,
                     String flagLegend) {

    /** A chapter of the report: a heading and paragraphs of text and figures. */
    public record Section(String id, String heading, List<List<Span>> paragraphs) {
    }

    /** A piece of a paragraph: plain text or a figure. */
    public sealed interface Span permits Text, Figure {
    }

    public record Text(String text) implements Span {
    }

    /**
     * One figure: the indicator (and the part of a split indicator, or null), the scope key it is of
     * ({@code city}, {@code county:140723}), the indicator API's value as a string, the figure as shown, its
     * note's number and whether a data-quality finding concerns it.
     */
    public record Figure(String indicatorId, String part, String scope, String raw, String shown, int note,
                         boolean flagged) implements Span {
    }

    /** The city report's county table: one row per county of the programme. */
    public record CountyTable(String heading, String countyHeader, List<Column> columns, List<Row> rows) {
    }

    public record Column(String indicatorId, String label, int note) {
    }

    public record Row(String code, String name, List<Figure> cells) {
    }

    /** A numbered note: what a figure counts (numerator and denominator) and the findings that flag it. */
    public record Note(int number, String text, List<String> findings) {
    }
}
