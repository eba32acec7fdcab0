package org.anju.gateway.service.report;

import java.util.List;

/**
 * The report as one XHTML document (well-formed XML, so the PDF is laid out from the very same text). Every
 * figure is a {@code span.figure} carrying its indicator, part, scope and the indicator API's value in
 * {@code data-*} attributes, followed by its note's number; a flagged figure has the class {@code flagged} and
 * a ※ after it.
 */
final class HtmlReport {

    static final String FONT_FAMILY = "Noto Sans SC";

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 20mm 20mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: 'Noto Sans SC', sans-serif; font-size: 9pt; color: #666; } }
            body { font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif; font-size: 10.5pt; line-height: 1.7; color: #1a1a1a; max-width: 190mm; margin: 0 auto; }
            h1 { font-size: 19pt; font-weight: bold; text-align: center; margin: 0 0 2mm 0; color: #8b1a1a; }
            p.as-of { text-align: center; font-size: 11pt; margin: 0 0 5mm 0; color: #444; }
            p.intro { font-size: 9pt; color: #555; border-top: 0.6pt solid #8b1a1a; border-bottom: 0.6pt solid #8b1a1a; padding: 2mm 0; }
            h2 { font-size: 13pt; font-weight: bold; margin: 5mm 0 1.5mm 0; color: #8b1a1a; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; text-align: justify; }
            section.chapter p { text-indent: 2em; }
            span.figure { font-weight: bold; }
            span.flagged { color: #b00020; }
            sup { font-size: 6.5pt; color: #555; font-weight: normal; }
            sup a { color: #555; text-decoration: none; }
            span.flag { color: #b00020; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-top: 2mm; }
            th, td { border: 0.5pt solid #999; padding: 1mm 1.5mm; }
            th { background: #f3e9e9; font-weight: bold; text-align: center; }
            td.number { text-align: right; }
            ol.notes { font-size: 8pt; color: #333; padding-left: 8mm; line-height: 1.5; }
            ol.notes li { margin-bottom: 1mm; }
            p.finding { color: #b00020; margin: 0.5mm 0 0 0; text-indent: 0; }
            p.legend { font-size: 8pt; color: #b00020; }
            """;

    private HtmlReport() {
    }

    static String render(Report report) {
        StringBuilder html = new StringBuilder(32_768);
        String lang = report.locale().getLanguage().equals("zh") ? "zh-CN" : "en";
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
                .append(escape(report.title())).append(' ').append(escape(report.asOfLine())).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body data-scope=\"").append(escape(report.scopeCode()))
                .append("\" data-as-of=\"").append(report.asOf()).append("\">\n");
        html.append("<h1>").append(escape(report.title())).append("</h1>\n");
        html.append("<p class=\"as-of\">").append(escape(report.asOfLine())).append("</p>\n");
        html.append("<p class=\"intro\">").append(escape(report.intro())).append("</p>\n");
        for (Report.Section section : report.sections()) {
            html.append("<section class=\"chapter\" id=\"").append(escape(section.id())).append("\">\n<h2>")
                    .append(escape(section.heading())).append("</h2>\n");
            for (List<Report.Span> paragraph : section.paragraphs()) {
                html.append("<p>");
                paragraph.forEach(span -> span(html, span));
                html.append("</p>\n");
            }
            html.append("</section>\n");
        }
        if (report.counties() != null) {
            countyTable(html, report.counties());
        }
        html.append("<section class=\"notes\" id=\"notes\">\n<h2>").append(escape(report.notesHeading())).append("</h2>\n");
        html.append("<p class=\"legend\">").append(escape(report.flagLegend())).append("</p>\n<ol class=\"notes\">\n");
        for (Report.Note note : report.notes()) {
            html.append("<li id=\"note-").append(note.number()).append("\" value=\"").append(note.number()).append("\">")
                    .append(escape(note.text()));
            for (String finding : note.findings()) {
                html.append("<p class=\"finding\">").append(escape(finding)).append("</p>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</section>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void countyTable(StringBuilder html, Report.CountyTable table) {
        html.append("<section class=\"counties\" id=\"counties\">\n<h2>").append(escape(table.heading())).append("</h2>\n");
        html.append("<table>\n<thead><tr><th>").append(escape(table.countyHeader())).append("</th>");
        for (Report.Column column : table.columns()) {
            html.append("<th data-indicator=\"").append(escape(column.indicatorId())).append("\">").append(escape(column.label()))
                    .append(marker(column.note())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Report.Row row : table.rows()) {
            html.append("<tr data-county=\"").append(escape(row.code())).append("\"><td>").append(escape(row.name())).append("</td>");
            for (Report.Figure cell : row.cells()) {
                html.append("<td class=\"number\">");
                if (cell != null) {
                    figure(html, cell, true);
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void span(StringBuilder html, Report.Span span) {
        if (span instanceof Report.Text text) {
            html.append(escape(text.text()));
        } else if (span instanceof Report.Figure figure) {
            figure(html, figure, false);
        }
    }

    /** A figure; in the county table only a flagged one names its own note (the column's header names the others'). */
    private static void figure(StringBuilder html, Report.Figure figure, boolean inTable) {
        html.append("<span class=\"figure").append(figure.flagged() ? " flagged" : "").append("\" data-indicator=\"")
                .append(escape(figure.indicatorId())).append('"');
        if (figure.part() != null) {
            html.append(" data-part=\"").append(escape(figure.part())).append('"');
        }
        html.append(" data-scope=\"").append(escape(figure.scope())).append("\" data-value=\"").append(escape(figure.raw()))
                .append("\">").append(escape(figure.shown())).append("</span>");
        if (figure.flagged()) {
            html.append("<span class=\"flag\">※</span>");
        }
        if (!inTable || figure.flagged()) {
            html.append(marker(figure.note()));
        }
    }

    private static String marker(int note) {
        return "<sup><a href=\"#note-" + note + "\">[" + note + "]</a></sup>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
