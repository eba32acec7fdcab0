package org.anju.gateway.service.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as a Word document (Apache POI XWPF): the same headings, paragraphs, county table and notes as
 * the HTML, each figure bold and followed by its note's number in superscript, a flagged one in red with ※.
 */
final class DocxReport {

    private static final String RED = "B00020";
    private static final String DARK_RED = "8B1A1A";

    private DocxReport() {
    }

    static byte[] render(Report report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(report.title() + " " + report.asOfLine());
            document.getProperties().getCoreProperties().setCreator("Anju");
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.title(), 19, true, DARK_RED);
            XWPFParagraph asOf = document.createParagraph();
            asOf.setAlignment(ParagraphAlignment.CENTER);
            run(asOf, report.asOfLine(), 11, false, "444444");
            run(document.createParagraph(), report.intro(), 9, false, "555555");
            for (Report.Section section : report.sections()) {
                heading(document, section.heading());
                for (List<Report.Span> spans : section.paragraphs()) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setFirstLineIndent(420);
                    for (Report.Span span : spans) {
                        if (span instanceof Report.Text text) {
                            run(paragraph, text.text(), 10.5, false, null);
                        } else if (span instanceof Report.Figure figure) {
                            figure(paragraph, figure, true);
                        }
                    }
                }
            }
            if (report.counties() != null) {
                countyTable(document, report.counties());
            }
            heading(document, report.notesHeading());
            run(document.createParagraph(), report.flagLegend(), 8, false, RED);
            for (Report.Note note : report.notes()) {
                XWPFParagraph paragraph = document.createParagraph();
                run(paragraph, "[" + note.number() + "] " + note.text(), 8, false, null);
                for (String finding : note.findings()) {
                    run(document.createParagraph(), finding, 8, false, RED);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void countyTable(XWPFDocument document, Report.CountyTable counties) {
        heading(document, counties.heading());
        XWPFTable table = document.createTable(counties.rows().size() + 1, counties.columns().size() + 1);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        cell(header, 0).ifPresent(paragraph -> run(paragraph, counties.countyHeader(), 8.5, true, null));
        for (int c = 0; c < counties.columns().size(); c++) {
            Report.Column column = counties.columns().get(c);
            cell(header, c + 1).ifPresent(paragraph -> {
                run(paragraph, column.label(), 8.5, true, null);
                marker(paragraph, column.note());
            });
        }
        for (int r = 0; r < counties.rows().size(); r++) {
            Report.Row row = counties.rows().get(r);
            XWPFTableRow tableRow = table.getRow(r + 1);
            cell(tableRow, 0).ifPresent(paragraph -> run(paragraph, row.name(), 8.5, false, null));
            for (int c = 0; c < row.cells().size(); c++) {
                Report.Figure figure = row.cells().get(c);
                if (figure != null) {
                    cell(tableRow, c + 1).ifPresent(paragraph -> {
                        paragraph.setAlignment(ParagraphAlignment.RIGHT);
                        figure(paragraph, figure, figure.flagged());
                    });
                }
            }
        }
    }

    private static java.util.Optional<XWPFParagraph> cell(XWPFTableRow row, int column) {
        return java.util.Optional.ofNullable(row.getCell(column)).map(cell -> cell.getParagraphs().get(0));
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBefore(200);
        run(heading, text, 13, true, DARK_RED);
    }

    private static void figure(XWPFParagraph paragraph, Report.Figure figure, boolean withMarker) {
        run(paragraph, figure.shown(), 10.5, true, figure.flagged() ? RED : null);
        if (figure.flagged()) {
            run(paragraph, "※", 10.5, true, RED);
        }
        if (withMarker) {
            marker(paragraph, figure.note());
        }
    }

    private static void marker(XWPFParagraph paragraph, int note) {
        XWPFRun marker = run(paragraph, "[" + note + "]", 7, false, "555555");
        marker.setVerticalAlignment("superscript");
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, String colour) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(HtmlReport.FONT_FAMILY);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        return run;
    }
}
