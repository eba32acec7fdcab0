package org.anju.gateway.service.report;

import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.gateway.domain.Scope;
import org.anju.gateway.service.IndicatorView;
import org.anju.gateway.service.IndicatorsView;
import org.anju.platform.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report laid out from representative figures, without the application: every indicator of the city is
 * written, the PDF embeds subsets of the bundled font and its text holds the Chinese headings and the figures, the
 * DOCX opens with POI. With {@code -Dreport.png=<path>} the PDF's first page is written there as a PNG (how
 * {@code docs/report-page-1.png} is made).
 */
class ReportRenderingTest {

    private static Report report(Locale locale) {
        return ReportWriter.write(locale, RepresentativeData.AS_OF, RepresentativeData.city(), RepresentativeData.counties(),
                RepresentativeData.findings(locale.equals(Messages.ZH)));
    }

    @Test
    void everyIndicatorOfTheCityAndOfACountyIsWrittenWithItsNote() {
        for (Scope.Level level : List.of(Scope.Level.CITY, Scope.Level.COUNTY)) {
            IndicatorsView view = level == Scope.Level.CITY ? RepresentativeData.city() : RepresentativeData.counties().counties().get(4);
            Report report = ReportWriter.write(Messages.ZH, RepresentativeData.AS_OF, view, null, List.of());
            List<String> written = figures(report).stream().map(Report.Figure::indicatorId).distinct().toList();
            assertThat(written).as("indicators written at %s", level)
                    .containsExactlyInAnyOrderElementsOf(IndicatorCatalogue.standard().at(level).stream().map(IndicatorDefinition::id).toList());
            assertThat(figures(report)).allSatisfy(figure -> assertThat(figure.note()).isBetween(1, report.notes().size()));
        }
    }

    @Test
    void theHtmlShowsEveryFigureWithItsNoteAndMarksTheFlaggedOnes() {
        Report report = report(Messages.ZH);
        String html = HtmlReport.render(report);
        assertThat(html).contains("<h1>晋中市易地扶贫搬迁工作报告</h1>", "截至2018年12月31日", "一、搬迁与入住", "十、各县（市、区）情况",
                "省下达晋中市搬迁任务", "26,426人", "26,533人", "入住率", "99.77%",
                "中央预算内投资", "54,810,000.00元", "※ 公布的分项之和不等于合计");
        assertThat(figure(report, "poverty.lifted.rate").flagged()).isTrue();
        assertThat(figure(report, "occupancy.rate").flagged()).isFalse();
        Report.Note note = report.notes().get(figure(report, "occupancy.rate").note() - 1);
        assertThat(note.text()).isEqualTo("晋中市入住率：已入住搬迁户的家庭成员（26,473）÷ 搬迁户人口（全部家庭成员；不含误录删除的户）（26,533）= 0.997739");
        Report.Note flagged = report.notes().get(figure(report, "poverty.lifted.rate").note() - 1);
        assertThat(flagged.findings()).singleElement().asString().startsWith("※ 公布的比率不等于其分子 ÷ 分母：公布比率为 95%");
        // the county table marks Lingshi's relocated people
        Report.Row lingshi = report.counties().rows().stream().filter(row -> row.code().equals("140729")).findFirst().orElseThrow();
        assertThat(lingshi.cells().get(0).flagged()).isTrue();
        assertThat(lingshi.cells().get(1).flagged()).isFalse();

        String english = HtmlReport.render(report(Messages.EN));
        assertThat(english).contains("<h1>Poverty-alleviation relocation in Jinzhong</h1>", "As of 31 December 2018",
                "1. Relocation and occupancy", "26,533 people", "99.77%", "central budget <span", "54,810,000.00 yuan", "Notes");
    }

    @Test
    void sentencesAreSetApartAsEachLanguageWritesThem() {
        for (Locale locale : List.of(Messages.EN, Messages.ZH)) {
            for (Report.Section section : report(locale).sections()) {
                for (List<Report.Span> paragraph : section.paragraphs()) {
                    String text = paragraph.stream()
                            .map(span -> span instanceof Report.Figure figure ? figure.shown() : ((Report.Text) span).text())
                            .collect(java.util.stream.Collectors.joining());
                    if (locale.equals(Messages.EN)) {
                        assertThat(text).as("an English paragraph of %s", section.id()).doesNotContainPattern("[.;:,][A-Za-z]");
                    } else {
                        assertThat(text).as("a Chinese paragraph of %s", section.id()).doesNotContainPattern("[。；，] ");
                    }
                }
            }
        }
    }

    @Test
    void thePdfEmbedsTheBundledFontAsSubsetsAndItsTextHoldsTheHeadingsAndFigures() throws Exception {
        byte[] pdf = PdfReport.render(report(Messages.ZH));
        assertThat(pdf.length).as("subset fonts keep the PDF small").isLessThan(1_500_000);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC.*");
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("晋中市易地扶贫搬迁工作报告", "截至2018年12月31日", "一、搬迁与入住", "九、社区治理",
                    "26,533人", "99.77%", "86.65%", "924,955,000.00元", "注释", "公布的分项之和不等于合计");
            if (System.getProperty("report.png") != null) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
                Path png = Path.of(System.getProperty("report.png"));
                Files.createDirectories(png.toAbsolutePath().getParent());
                ImageIO.write(page, "png", png.toFile());
            }
        }
        try (PDDocument english = Loader.loadPDF(PdfReport.render(report(Messages.EN)))) {
            assertThat(new PDFTextStripper().getText(english)).contains("Poverty-alleviation relocation in Jinzhong", "26,533 people");
        }
    }

    @Test
    void theDocxOpensWithPoiAndHoldsTheSameText() throws Exception {
        byte[] docx = DocxReport.render(report(Messages.ZH));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("晋中市易地扶贫搬迁工作报告", "一、搬迁与入住", "26,533人", "99.77%", "※", "注释");
            assertThat(document.getTables()).singleElement().satisfies(table -> assertThat(table.getRows()).hasSize(12));
        }
    }

    static List<Report.Figure> figures(Report report) {
        List<Report.Figure> figures = new ArrayList<>();
        report.sections().forEach(section -> section.paragraphs().forEach(paragraph -> paragraph.forEach(span -> {
            if (span instanceof Report.Figure figure) {
                figures.add(figure);
            }
        })));
        return figures;
    }

    private static Report.Figure figure(Report report, String id) {
        return figures(report).stream().filter(figure -> figure.indicatorId().equals(id) && figure.part() == null).findFirst().orElseThrow();
    }
}
