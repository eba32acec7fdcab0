package org.anju.households.service;

import org.anju.households.domain.ImportFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The household file county offices fill in (CSV in UTF-8 or XLSX, a header row first): one row
 * per member, the household's columns repeated on each of its rows, a household's rows together.
 */
public final class HouseholdFile {

    public static final String REGISTRY_NUMBER = "registryNumber";
    public static final String COUNTY = "county";
    public static final String ORIGIN_VILLAGE = "originVillage";
    public static final String ORIGIN_NATURAL_VILLAGE = "originNaturalVillage";
    public static final String VILLAGE_ID = "villageId";
    public static final String CATEGORY = "category";
    public static final String SITE_ID = "siteId";
    public static final String HOMESTEAD_TO_DEMOLISH = "homesteadToDemolish";
    public static final String MEMBER_NAME = "memberName";
    public static final String ID_NUMBER = "idNumber";
    public static final String RELATION = "relation";
    public static final String LABOUR_CAPACITY = "labourCapacity";
    public static final String PHONE = "phone";

    public static final List<String> COLUMNS = List.of(REGISTRY_NUMBER, COUNTY, ORIGIN_VILLAGE, ORIGIN_NATURAL_VILLAGE,
            VILLAGE_ID, CATEGORY, SITE_ID, HOMESTEAD_TO_DEMOLISH, MEMBER_NAME, ID_NUMBER, RELATION, LABOUR_CAPACITY, PHONE);
    private static final List<String> REQUIRED = List.of(REGISTRY_NUMBER, COUNTY, ORIGIN_VILLAGE, CATEGORY, MEMBER_NAME,
            ID_NUMBER, RELATION);

    /** A file the import cannot read at all (not a fault of one row). */
    public static class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its values by column. */
    public record Row(int number, Map<String, String> values) {

        /** The trimmed value, "" when absent. */
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }

        boolean isBlank() {
            return values.values().stream().allMatch(value -> value == null || value.isBlank());
        }
    }

    private HouseholdFile() {
    }

    /** The data rows, blank rows left out; close the stream when done. */
    public static Stream<Row> rows(ImportFormat format, byte[] content) {
        return switch (format) {
            case CSV -> csvRows(content);
            case XLSX -> xlsxRows(content);
        };
    }

    private static Stream<Row> csvRows(byte[] content) {
        try {
            Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
            CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                parser.close();
                throw new Unreadable("The file is empty; the first row must be the header", null);
            }
            Map<String, Integer> columns = header(records.next().toList());
            int[] number = {1};
            // the parser has one record iterator: its stream continues after the header
            return parser.stream()
                    .map(record -> new Row(++number[0], values(columns, record)))
                    .filter(row -> !row.isBlank())
                    .onClose(() -> close(parser));
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable("The file is not CSV in UTF-8: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> values(Map<String, Integer> columns, CSVRecord record) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((column, index) -> values.put(column, index < record.size() ? record.get(index) : null));
        return values;
    }

    private static Stream<Row> xlsxRows(byte[] content) {
        try {
            ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
            var rows = workbook.getFirstSheet().openStream().iterator();
            if (!rows.hasNext()) {
                workbook.close();
                throw new Unreadable("The first sheet is empty; its first row must be the header", null);
            }
            Map<String, Integer> columns = header(cells(rows.next()));
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false).map(row -> {
                        List<String> cells = cells(row);
                        Map<String, String> values = new HashMap<>();
                        columns.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : null));
                        return new Row(row.getRowNum(), values);
                    })
                    .filter(row -> !row.isBlank())
                    .onClose(() -> close(workbook));
        } catch (IOException | UncheckedIOException e) {
            throw new Unreadable("The file is not an XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static List<String> cells(org.dhatim.fastexcel.reader.Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getOptionalCell(i).map(Cell::getText).orElse(null));
        }
        return cells;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).replace("\uFEFF", "").strip();
            if (COLUMNS.contains(name)) {
                columns.putIfAbsent(name, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("The header row lacks the column(s) " + String.join(", ", missing)
                    + "; download the template for the expected header", null);
        }
        return columns;
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header and one example household of two members, as a CSV template (UTF-8 with a BOM so Excel opens it right). */
    public static String template() {
        return "\uFEFF" + String.join(",", COLUMNS) + "\r\n"
                + "1407230012017000123,140723,松烟镇石叠村,后沟,,REGISTERED_POOR,,true,王建国,140723196504121238,HEAD,true,13800000000\r\n"
                + "1407230012017000123,140723,松烟镇石叠村,后沟,,REGISTERED_POOR,,true,李秀英,140723196708150022,SPOUSE,false,\r\n";
    }
}
