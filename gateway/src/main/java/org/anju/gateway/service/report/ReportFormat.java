package org.anju.gateway.service.report;

import java.util.Locale;
import java.util.Optional;

/** How a report is laid out: its media type and file extension. */
public enum ReportFormat {
    HTML("text/html; charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code pdf} or {@code docx} (any case); empty for anything else. */
    public static Optional<ReportFormat> parse(String name) {
        for (ReportFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
