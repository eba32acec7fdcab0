package org.anju.platform.tabular;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the first sheet of a spreadsheet file row by row, streaming (a large file never sits
 * whole on the heap): CSV in whatever encoding Excel saved it ({@link TextDecoding}), XLSX with its
 * cells' types and its merged cells filled down ({@link XlsxSheet}).
 * <pre>
 * try (TabularReader reader = TabularReader.open(file);
 *      Stream&lt;SheetRow&gt; rows = reader.rows()) { ... }
 * </pre>
 */
public abstract class TabularReader implements Closeable {

    /** Opens a file, CSV or XLSX by its content; an unreadable one is an {@link UnreadableFile}. */
    public static TabularReader open(Path file) {
        return switch (TabularFormat.of(file)) {
            case CSV -> new CsvSheet(file);
            case XLSX -> new XlsxSheet(file);
        };
    }

    public abstract TabularFormat format();

    /** The rows in order, blank ones included (their numbers still count). */
    protected abstract Iterator<SheetRow> iterator();

    public Stream<SheetRow> rows() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public abstract void close();
}
