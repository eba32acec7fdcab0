package org.anju.gateway.service.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's XHTML laid out as a PDF by openhtmltopdf (on PDFBox), with the application's own Noto Sans SC
 * (SIL OFL, {@code src/main/resources/fonts/}) embedded as subsets: the PDF never depends on a system font.
 */
final class PdfReport {

    private static final String REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
    private static final String BOLD = "/fonts/NotoSansSC_700Bold.ttf";

    private PdfReport() {
    }

    static byte[] render(Report report) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR), HtmlReport.FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD), HtmlReport.FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(HtmlReport.render(report), null);
        builder.withProducer("Anju");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font(String resource) {
        InputStream font = PdfReport.class.getResourceAsStream(resource);
        if (font == null) {
            throw new IllegalStateException("the report's font is missing from the application: " + resource);
        }
        return font;
    }
}
