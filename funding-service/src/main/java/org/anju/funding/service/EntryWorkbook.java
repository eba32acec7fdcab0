package org.anju.funding.service;

import org.anju.platform.tabular.Column;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The entries as an XLSX workbook, streamed (200 rows in memory). Like the platform's
 * {@code SpreadsheetWriter} (identifier columns as text cells, dates as date cells, the header row
 * bold and frozen) and, unlike it, amounts as number cells shown with two decimals ({@code #,##0.00}):
 * finance staff sum, filter and pivot them, which text cells would not allow. An amount of more than
 * 15 significant digits (more than Excel's double keeps) is written as text rather than rounded.
 */
final class EntryWorkbook implements EntryExport.Rows {

    private static final int EXCEL_DIGITS = 15;

    private final OutputStream out;
    private final List<Column> columns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle amount;
    private int next;

    EntryWorkbook(OutputStream out, String sheetName, List<Column> columns) {
        this.out = out;
        this.columns = columns;
        this.sheet = workbook.createSheet(sheetName);
        this.text = style("@");
        this.date = style("yyyy-mm-dd");
        this.amount = style("#,##0.00");
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.setColumnWidth(i, Math.max(column.kind() == Column.Kind.IDENTIFIER ? 38 : 16, column.zh().length() * 2 + 2) * 256);
            if (column.kind() == Column.Kind.IDENTIFIER) {
                sheet.setDefaultColumnStyle(i, text);
            }
            Cell cell = row.createCell(i);
            cell.setCellValue(column.zh());
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(String format) {
        DataFormat formats = workbook.createDataFormat();
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    @Override
    public void row(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof BigDecimal number && number.precision() <= EXCEL_DIGITS) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(amount);
            } else {
                cell.setCellValue(value instanceof BigDecimal number ? number.toPlainString() : value.toString());
                if (columns.get(i).kind() == Column.Kind.IDENTIFIER) {
                    cell.setCellStyle(text);
                }
            }
        }
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }
}
