package org.anju.platform.tabular;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The blank file a county office fills in: Chinese headers (English accepted on import), identifier
 * columns formatted as text so Excel keeps every digit, drop-down lists for choices and yes/no,
 * date columns as dates, an example row (left as it is, the import skips it), and a second sheet
 * ("说明") explaining each column. Also as CSV (UTF-8 with BOM: header and example row).
 *
 * @param sheetName  the data sheet's name, e.g. {@code 搬迁户}
 * @param columns    the columns in order
 * @param exampleRows rows of example values (each as long as {@code columns}); a file row equal to one is skipped
 */
public record SheetTemplate(String sheetName, List<Column> columns, List<List<String>> exampleRows) {

    /** Rows the validation lists and text formats are applied to. */
    static final int PREPARED_ROWS = 20_000;

    public SheetTemplate {
        columns = List.copyOf(columns);
        exampleRows = exampleRows.stream().map(List::copyOf).toList();
    }

    public byte[] write(TabularFormat format) {
        return switch (format) {
            case CSV -> csv();
            case XLSX -> xlsx();
        };
    }

    /** Whether a row of a file is one of the template's example rows, left unchanged (the import skips it). */
    public boolean isExample(SheetRow row, Header header) {
        for (List<String> example : exampleRows) {
            boolean same = true;
            for (int i = 0; i < columns.size() && same; i++) {
                String value = Cells.text(header.cell(row, columns.get(i)));
                same = Objects.equals(value == null ? "" : value, example.get(i) == null ? "" : example.get(i));
            }
            if (same) {
                return true;
            }
        }
        return false;
    }

    private byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.open(TabularFormat.CSV, out, sheetName, columns)) {
            exampleRows.forEach(writer::row);
        }
        return out.toByteArray();
    }

    private byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(sheetName);
            CellStyle text = SpreadsheetWriter.SheetStyles.text(workbook);
            CellStyle date = SpreadsheetWriter.SheetStyles.date(workbook);
            CellStyle header = SpreadsheetWriter.SheetStyles.header(workbook);
            CellStyle example = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(grey);
            CellStyle exampleText = workbook.createCellStyle();
            exampleText.cloneStyleFrom(example);
            exampleText.setDataFormat(text.getDataFormat());

            Row headerRow = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                data.setColumnWidth(i, SpreadsheetWriter.SheetStyles.width(column));
                if (column.kind() == Column.Kind.IDENTIFIER) {
                    data.setDefaultColumnStyle(i, text);
                } else if (column.kind() == Column.Kind.DATE) {
                    data.setDefaultColumnStyle(i, date);
                }
                org.apache.poi.ss.usermodel.Cell cell = headerRow.createCell(i);
                cell.setCellValue(column.required() ? column.zh() + "*" : column.zh());
                cell.setCellStyle(header);
            }
            for (List<String> values : exampleRows) {
                Row row = data.createRow(data.getLastRowNum() + 1);
                for (int i = 0; i < columns.size(); i++) {
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                    cell.setCellValue(values.get(i) == null ? "" : values.get(i));
                    cell.setCellStyle(columns.get(i).kind() == Column.Kind.IDENTIFIER ? exampleText : example);
                }
            }
            data.createFreezePane(0, 1);
            addChoiceLists(data);
            explain(workbook.createSheet("说明 Instructions"), header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addChoiceLists(Sheet data) {
        DataValidationHelper helper = data.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            List<String> choices = switch (column.kind()) {
                case CHOICE -> new ArrayList<>(column.choices().values());
                case YES_NO -> List.of("是", "否");
                default -> List.of();
            };
            if (choices.isEmpty()) {
                continue;
            }
            DataValidationConstraint list = helper.createExplicitListConstraint(choices.toArray(String[]::new));
            DataValidation validation = helper.createValidation(list, new CellRangeAddressList(1, PREPARED_ROWS, i, i));
            validation.setShowErrorBox(true);
            validation.createErrorBox("请从列表中选择 Choose from the list", String.join("、", choices));
            data.addValidationData(validation);
        }
    }

    private void explain(Sheet sheet, CellStyle header) {
        String[] titles = {"列 Column", "英文列名 English header", "必填 Required", "填写说明 What to write", "可选值 Allowed values", "示例 Example"};
        Row top = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            top.createCell(i).setCellValue(titles[i]);
            top.getCell(i).setCellStyle(header);
        }
        int[] widths = {18, 22, 10, 60, 40, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (Column column : columns) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue(column.zh());
            row.createCell(1).setCellValue(column.en() + " / " + column.key());
            row.createCell(2).setCellValue(column.required() ? "是 yes" : "否 no");
            row.createCell(3).setCellValue(column.hint());
            row.createCell(4).setCellValue(switch (column.kind()) {
                case CHOICE -> String.join("、", column.choices().values()) + "（或 or " + String.join(", ", column.choices().keySet()) + "）";
                case YES_NO -> "是、否（或 or Y/N, true/false, 1/0）";
                case DATE -> "2019-03-05、2019/3/5、2019年3月5日 或日期单元格 or a date cell";
                case IDENTIFIER -> "文本格式，勿用科学计数法 text, never scientific notation";
                case TEXT -> "";
            });
            row.createCell(5).setCellValue(column.example() == null ? "" : column.example());
        }
    }
}
