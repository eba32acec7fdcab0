package org.anju.platform.tabular;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes rows of {@link Column}s as a spreadsheet Excel opens right, streaming (an export of the
 * whole programme never sits whole on the heap): XLSX with identifier columns as text cells and
 * dates as date cells, or CSV in UTF-8 with a byte order mark (so Excel reads the Chinese) whose
 * long digit strings are kept as text.
 * <pre>
 * try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format, out, "搬迁户", COLUMNS)) {
 *     households.forEach(h -&gt; sheet.row(List.of(h.registryNumber(), h.county(), ...)));
 * }
 * </pre>
 */
public abstract class SpreadsheetWriter implements AutoCloseable {

    /** Excel shows a number of more than 11 digits in scientific notation and keeps 15: such digit strings stay text. */
    static final int LONGEST_NUMBER_EXCEL_SHOWS = 11;

    protected final List<Column> columns;

    SpreadsheetWriter(List<Column> columns) {
        this.columns = columns;
    }

    /** Opens a writer and writes the header row (the columns' Chinese headers). */
    public static SpreadsheetWriter open(TabularFormat format, OutputStream out, String sheetName, List<Column> columns) {
        SpreadsheetWriter writer = switch (format) {
            case CSV -> new Csv(out, columns);
            case XLSX -> new Xlsx(out, sheetName, columns);
        };
        writer.row(columns.stream().map(column -> (Object) column.zh()).toList(), true);
        return writer;
    }

    /** One row, a value per column in order: String, LocalDate, Boolean, a Number, or null. */
    public void row(List<?> values) {
        row(values, false);
    }

    abstract void row(List<?> values, boolean header);

    /** Finishes the file (a workbook is written out only now). */
    @Override
    public abstract void close();

    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    static boolean isLongDigits(String text) {
        return text.length() > LONGEST_NUMBER_EXCEL_SHOWS && text.chars().allMatch(Character::isDigit);
    }

    private static final class Csv extends SpreadsheetWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out, List<Column> columns) {
            super(columns);
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void row(List<?> values, boolean header) {
            try {
                for (int i = 0; i < values.size(); i++) {
                    String text = asText(values.get(i));
                    // Excel opening a CSV turns long digit strings into numbers and drops digits; a leading tab keeps them text
                    boolean identifier = !header && columns.get(i).kind() == Column.Kind.IDENTIFIER && isLongDigits(text);
                    printer.print(identifier ? "\t" + text : text);
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx extends SpreadsheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final Sheet sheet;
        private final CellStyle text;
        private final CellStyle date;
        private final CellStyle header;
        private int next;

        Xlsx(OutputStream out, String sheetName, List<Column> columns) {
            super(columns);
            this.out = out;
            this.sheet = workbook.createSheet(sheetName);
            this.text = SheetStyles.text(workbook);
            this.date = SheetStyles.date(workbook);
            this.header = SheetStyles.header(workbook);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, SheetStyles.width(columns.get(i)));
                if (columns.get(i).kind() == Column.Kind.IDENTIFIER) {
                    sheet.setDefaultColumnStyle(i, text);
                }
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        void row(List<?> values, boolean isHeader) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                if (isHeader) {
                    cell.setCellValue(asText(value));
                    cell.setCellStyle(header);
                } else if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                } else if (value instanceof Number number && columns.get(i).kind() != Column.Kind.IDENTIFIER) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(asText(value));
                    if (columns.get(i).kind() == Column.Kind.IDENTIFIER) {
                        cell.setCellStyle(text);
                    }
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                workbook.dispose();
                try {
                    workbook.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The styles every workbook the suite writes shares. */
    static final class SheetStyles {

        private SheetStyles() {
        }

        static CellStyle text(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            CreationHelper helper = workbook.getCreationHelper();
            style.setDataFormat(helper.createDataFormat().getFormat("@"));
            return style;
        }

        static CellStyle date(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            return style;
        }

        static CellStyle header(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            style.setFont(bold);
            return style;
        }

        /** Wide enough for the header and the kind of value (units of 1/256 character). */
        static int width(Column column) {
            int characters = switch (column.kind()) {
                case IDENTIFIER -> 22;
                case DATE -> 12;
                case YES_NO -> 8;
                default -> 16;
            };
            return Math.max(characters, column.zh().length() * 2 + 2) * 256;
        }
    }
}
