package org.anju.platform.tabular;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The first sheet of an XLSX workbook, read streaming from its XML with Apache POI's package and
 * style model (the sheet's rows are never all in memory). Cells keep their type: text, number,
 * date (a number in a date format, converted in the workbook's 1900 or 1904 date system) and
 * boolean; a formula gives its cached result. Merged cells, as household sheets merge a household's
 * columns over its member rows, are read as their top-left value filled over the whole range.
 */
final class XlsxSheet extends TabularReader {

    private static final XMLInputFactory XML = secureFactory();
    private static final String DAMAGED = "file.workbook-damaged";

    private final OPCPackage workbook;
    private final XSSFReader reader;
    private final StylesTable styles;
    private final ReadOnlySharedStringsTable strings;
    private final boolean date1904;
    private final Map<Integer, List<CellRangeAddress>> mergedByFirstRow;
    private InputStream sheet;

    XlsxSheet(Path file) {
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | IllegalArgumentException e) {
            throw UnreadableFile.from(e, "file.not-xlsx");
        }
        try {
            reader = new XSSFReader(workbook);
            styles = reader.getStylesTable();
            strings = new ReadOnlySharedStringsTable(workbook);
            date1904 = usesDate1904(reader);
            mergedByFirstRow = mergedRegions(firstSheet());
        } catch (IOException | OpenXML4JException | SAXException | POIXMLException | OpenXML4JRuntimeException e) {
            workbook.revert();
            throw UnreadableFile.from(e, DAMAGED);
        } catch (RuntimeException e) {
            workbook.revert();
            throw UnreadableFile.isZipBomb(e) ? UnreadableFile.from(e, DAMAGED) : e;
        }
    }

    @Override
    public TabularFormat format() {
        return TabularFormat.XLSX;
    }

    private InputStream firstSheet() throws IOException, OpenXML4JException {
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new UnreadableFile("file.no-sheet");
        }
        return sheets.next();
    }

    private static boolean usesDate1904(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw UnreadableFile.from(e, DAMAGED);
        }
    }

    /** The sheet's merged ranges by first row: they are listed after its rows, hence a first pass of their own. */
    private static Map<Integer, List<CellRangeAddress>> mergedRegions(InputStream sheet) throws IOException {
        Map<Integer, List<CellRangeAddress>> regions = new HashMap<>();
        try (sheet) {
            XMLStreamReader xml = XML.createXMLStreamReader(sheet);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                    CellRangeAddress range = CellRangeAddress.valueOf(xml.getAttributeValue(null, "ref"));
                    regions.computeIfAbsent(range.getFirstRow(), row -> new ArrayList<>()).add(range);
                }
            }
        } catch (XMLStreamException e) {
            throw UnreadableFile.from(e, DAMAGED);
        }
        return regions;
    }

    @Override
    protected Iterator<SheetRow> iterator() {
        try {
            sheet = firstSheet();
            return new Rows(XML.createXMLStreamReader(sheet));
        } catch (IOException | OpenXML4JException | XMLStreamException | POIXMLException | OpenXML4JRuntimeException e) {
            throw UnreadableFile.from(e, DAMAGED);
        }
    }

    /** Pulls one {@code <row>} at a time from the sheet's XML. */
    private final class Rows implements Iterator<SheetRow> {

        private final XMLStreamReader xml;
        /** The merged ranges the current row is in, with their top-left values. */
        private final Map<CellRangeAddress, Cell> open = new LinkedHashMap<>();
        private SheetRow next;
        private int lastRow;

        Rows(XMLStreamReader xml) {
            this.xml = xml;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = readRow();
            }
            return next != null;
        }

        @Override
        public SheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SheetRow row = next;
            next = null;
            return row;
        }

        private SheetRow readRow() {
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        int number = r != null ? Integer.parseInt(r) : lastRow + 1;
                        lastRow = number;
                        return fillMerged(new SheetRow(number, readCells()));
                    }
                }
                return null;
            } catch (XMLStreamException | RuntimeException e) {
                if (e instanceof UnreadableFile unreadable) {
                    throw unreadable;
                }
                // a damaged or oversized entry, a cell that is not what its type says (a date that is not one, a bad index)
                throw UnreadableFile.from(e, "file.workbook-damaged-after-row", String.valueOf(lastRow));
            }
        }

        private List<Cell> readCells() throws XMLStreamException {
            List<Cell> cells = new ArrayList<>();
            int column = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    String ref = xml.getAttributeValue(null, "r");
                    column = ref != null ? new CellReference(ref).getCol() : column + 1;
                    Cell cell = readCell(xml.getAttributeValue(null, "t"), xml.getAttributeValue(null, "s"));
                    while (cells.size() <= column) {
                        cells.add(Cell.BLANK);
                    }
                    cells.set(column, cell);
                }
            }
            return cells;
        }

        /** Reads one {@code <c>} up to its end: its value {@code <v>}, or its inline string {@code <is>}. */
        private Cell readCell(String type, String style) throws XMLStreamException {
            String value = null;
            StringBuilder inline = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v" -> value = xml.getElementText();
                        case "t" -> {
                            inline = inline == null ? new StringBuilder() : inline;
                            inline.append(xml.getElementText());
                        }
                        default -> {
                            // <f> (the formula: its cached <v> is the value), <is>, <r>, <rPh> (phonetic runs, skipped below)
                            if (xml.getLocalName().equals("rPh")) {
                                skip("rPh");
                            }
                        }
                    }
                }
            }
            return cell(type, style, value, inline == null ? null : inline.toString());
        }

        private void skip(String element) throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                    return;
                }
            }
        }

        private Cell cell(String type, String style, String value, String inline) {
            String kind = type == null ? "n" : type;
            return switch (kind) {
                case "s" -> value == null ? Cell.BLANK : Cell.text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "inlineStr" -> Cell.text(inline);
                case "str", "e" -> Cell.text(value);
                case "b" -> value == null ? Cell.BLANK : Cell.bool("1".equals(value.strip()));
                case "d" -> value == null ? Cell.BLANK : Cell.date(LocalDate.parse(value.strip().substring(0, 10)));
                default -> number(style, value);
            };
        }

        private Cell number(String style, String value) {
            if (value == null || value.isBlank()) {
                return Cell.BLANK;
            }
            BigDecimal number = new BigDecimal(value.strip());
            if (style != null && !style.isBlank()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                double serial = number.doubleValue();
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(serial)) {
                    return Cell.date(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
                }
            }
            return Cell.number(number);
        }

        /**
         * Fills the cells a merged range covers with its top-left value, taken when its first row
         * passes. Ranges are indexed by first row and only the open ones are looked at, so a sheet
         * with a merged range per household column and household stays linear.
         */
        private SheetRow fillMerged(SheetRow row) {
            int index = row.number() - 1;
            for (CellRangeAddress range : mergedByFirstRow.getOrDefault(index, List.of())) {
                open.put(range, row.cell(range.getFirstColumn()));
            }
            List<Cell> cells = row.cells();
            open.entrySet().removeIf(entry -> {
                CellRangeAddress range = entry.getKey();
                for (int column = range.getFirstColumn(); column <= range.getLastColumn(); column++) {
                    while (cells.size() <= column) {
                        cells.add(Cell.BLANK);
                    }
                    cells.set(column, entry.getValue());
                }
                return range.getLastRow() <= index;
            });
            return row;
        }
    }

    @Override
    public void close() {
        try {
            if (sheet != null) {
                sheet.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.revert();
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
