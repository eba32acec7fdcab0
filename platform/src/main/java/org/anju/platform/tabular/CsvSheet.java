package org.anju.platform.tabular;

import org.anju.platform.text.Identifiers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file as Excel writes it: decoded by {@link TextDecoding}, fields separated by a comma
 * (or by a tab, as Excel's "Unicode text" does, or a semicolon), quoted by RFC 4180. Every cell
 * is text: a CSV keeps no types, so Excel's {@code 1.40723E+17} arrives as the text it shows; a
 * value Excel forced to text, {@code ="C10-0001"}, arrives as its text {@code C10-0001}.
 */
final class CsvSheet extends TabularReader {

    private final CSVParser parser;

    CsvSheet(Path file) {
        TextDecoding.Encoding encoding = TextDecoding.detect(file);
        try {
            char delimiter = delimiter(encoding, file);
            Reader reader = encoding.open(file);
            parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator the first line uses most: comma, tab or semicolon. */
    private static char delimiter(TextDecoding.Encoding encoding, Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(encoding.open(file))) {
            String first = reader.readLine();
            if (first == null) {
                return ',';
            }
            char best = ',';
            long bestCount = first.chars().filter(c -> c == ',').count();
            for (char candidate : new char[]{'\t', ';'}) {
                long count = first.chars().filter(c -> c == candidate).count();
                if (count > bestCount) {
                    best = candidate;
                    bestCount = count;
                }
            }
            return best;
        }
    }

    @Override
    public TabularFormat format() {
        return TabularFormat.CSV;
    }

    @Override
    protected Iterator<SheetRow> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw unreadable(e);
                }
            }

            @Override
            public SheetRow next() {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw unreadable(e);
                }
                List<Cell> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(Cell.text(forcedText(value)));
                }
                return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells);
            }
        };
    }

    /**
     * Excel's way of forcing a value to stay text in a CSV, {@code ="C10-0001"} (a formula whose
     * result is the quoted text, quotes inside doubled), read as that text; anything else as it is.
     */
    static String forcedText(String value) {
        String text = Identifiers.trim(value);
        if (text == null || text.length() < 3 || !text.startsWith("=\"") || !text.endsWith("\"")) {
            return value;
        }
        String inner = text.substring(2, text.length() - 1);
        // a lone quote inside would end the string: then it is another formula, not the idiom
        if (inner.replace("\"\"", "").indexOf('"') >= 0) {
            return value;
        }
        return inner.replace("\"\"", "\"");
    }

    private UnreadableFile unreadable(UncheckedIOException e) {
        return UnreadableFile.from(e, "file.csv-unreadable", String.valueOf(parser.getCurrentLineNumber()));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
