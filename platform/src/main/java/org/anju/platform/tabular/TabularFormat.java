package org.anju.platform.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The spreadsheet files county offices produce: CSV (as Excel saves it) and XLSX workbooks. */
public enum TabularFormat {
    CSV("text/csv", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    /** How a ZIP container, and so an XLSX workbook, starts. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    TabularFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a file really has: a ZIP container (the first bytes {@code PK\3\4}) is a workbook, anything else CSV. */
    public static TabularFormat of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The format a stream really has, by its first bytes as {@link #of(Path)}; the stream (which must
     * support {@code mark}, e.g. a {@link BufferedInputStream}) is reset to where it was.
     */
    public static TabularFormat of(InputStream in) throws IOException {
        in.mark(ZIP.length);
        byte[] magic = in.readNBytes(ZIP.length);
        in.reset();
        return Arrays.equals(magic, ZIP) ? XLSX : CSV;
    }

    /** The format a media type or file name asks for, or null when it names neither. */
    public static TabularFormat named(String mediaTypeOrFileName) {
        if (mediaTypeOrFileName == null) {
            return null;
        }
        String name = mediaTypeOrFileName.toLowerCase(Locale.ROOT);
        for (TabularFormat format : values()) {
            if (name.startsWith(format.mediaType) || name.endsWith(format.extension)) {
                return format;
            }
        }
        return null;
    }
}
