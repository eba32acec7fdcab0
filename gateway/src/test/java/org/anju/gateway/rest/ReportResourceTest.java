package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code GET /api/v1/reports/city}: every figure of the report is the indicator API's for the same asOf (city,
 * parts and the county table), in Chinese and English, as HTML, PDF and DOCX; flagged figures follow the
 * data-quality findings; officials only, county-scoped tokens their own county; bad parameters are 400s.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class ReportResourceTest {

    private static final String AS_OF = "2019-12-31";
    private static final String LINGSHI = "140729";
    /** Numbers as the JSON writes them (a float would round the rates' six decimals). */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    @BeforeEach
    void representativeData() {
        DashboardData.load();
    }

    private static String admin() {
        return TestTokens.bearer("city-admin", null);
    }

    private static Response report(String query, String token) {
        return given().header("Authorization", token).get("/api/v1/reports/city?" + query);
    }

    private static Element lingshisRelocatedPeople(List<Element> figures) {
        return figures.stream().filter(figure -> figure.getAttribute("data-scope").equals("county:" + LINGSHI)
                && figure.getAttribute("data-indicator").equals("relocation.people")).findFirst().orElseThrow();
    }

    @Test
    void theCityReportShowsTheIndicatorApisFiguresInChineseAndEnglish() throws Exception {
        Map<String, Object> city = given().get("/api/v1/indicators?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath().using(EXACT)
                .getMap("indicators.collectEntries { [it.id, it] }");
        List<Map<String, Object>> counties = given().get("/api/v1/counties?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath().using(EXACT)
                .getList("counties");
        List<Map<String, Object>> findings = given().header("Accept-Language", "zh-CN").get("/api/v1/data-quality?asOf=" + AS_OF).then().statusCode(200)
                .extract().jsonPath().using(EXACT).getList("findings");

        for (String lang : List.of("zh-CN", "en")) {
            Response response = report("asOf=" + AS_OF + "&lang=" + lang, admin());
            response.then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Content-Disposition", equalTo("inline; filename=\"anju-report-140700-" + AS_OF + "-" + lang + ".html\""));
            String html = response.asString();
            assertThat(html).contains(lang.equals("en") ? "<h1>Poverty-alleviation relocation in Jinzhong</h1>" : "<h1>晋中市易地扶贫搬迁工作报告</h1>",
                    lang.equals("en") ? "As of 31 December 2019" : "截至2019年12月31日");
            List<Element> figures = figures(html);
            assertThat(figures).hasSizeGreaterThan(60);
            int checked = 0;
            for (Element figure : figures) {
                String id = figure.getAttribute("data-indicator");
                String scope = figure.getAttribute("data-scope");
                String part = figure.getAttribute("data-part");
                Map<String, Object> indicator;
                if (scope.equals("city")) {
                    indicator = (Map<String, Object>) city.get(id);
                } else {
                    String code = scope.substring("county:".length());
                    Map<String, Object> county = counties.stream().filter(c -> ((Map<?, ?>) c.get("scope")).get("code").equals(code)).findFirst().orElseThrow();
                    indicator = ((List<Map<String, Object>>) county.get("indicators")).stream().filter(i -> i.get("id").equals(id)).findFirst().orElseThrow();
                }
                Object expected = part.isEmpty() ? indicator.get("value") : ((Map<?, ?>) indicator.get("breakdown")).get(part);
                assertThat(same(figure.getAttribute("data-value"), expected)).as("%s %s %s: %s vs %s", scope, id, part,
                        figure.getAttribute("data-value"), expected).isTrue();
                boolean flagged = findings.stream().anyMatch(finding -> scope.equals(finding.get("scope"))
                        && (id.equals(finding.get("indicatorId")) || String.valueOf(finding.get("indicatorId")).startsWith(id + ":")));
                if (part.isEmpty()) {
                    assertThat(figure.getAttribute("class").contains("flagged")).as("%s %s flagged", scope, id).isEqualTo(flagged);
                }
                checked++;
            }
            assertThat(checked).isEqualTo(figures.size());
            // the data set's declared figure for Lingshi's relocated people speaks for today, not for AS_OF: today's report
            // marks it in the county table, the report as of AS_OF does not
            assertThat(lingshisRelocatedPeople(figures).getAttribute("class")).doesNotContain("flagged");
            String today = report("lang=" + lang, admin()).then().statusCode(200).extract().asString();
            assertThat(lingshisRelocatedPeople(figures(today)).getAttribute("class")).contains("flagged");
            assertThat(today).contains(lang.equals("en") ? "A declared figure the records do not bear out" : "公布数与记录不符");
        }
    }

    @Test
    void thePdfAndTheDocxCarryTheSameFigures() throws Exception {
        Map<String, Object> occupancy = given().get("/api/v1/indicators?asOf=" + AS_OF).then().statusCode(200).extract().jsonPath().using(EXACT)
                .getMap("indicators.find { it.id == 'relocation.people' }");
        String people = String.format("%,d人", new BigDecimal(occupancy.get("value").toString()).longValueExact());

        Response pdf = report("asOf=" + AS_OF + "&format=pdf", admin());
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"anju-report-140700-" + AS_OF + "-zh-CN.pdf\""));
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("晋中市易地扶贫搬迁工作报告", "截至2019年12月31日", "一、搬迁与入住", "注释", people);
        }

        Response docx = report("asOf=" + AS_OF + "&format=docx&lang=en", admin());
        docx.then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", equalTo("attachment; filename=\"anju-report-140700-" + AS_OF + "-en.docx\""));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Poverty-alleviation relocation in Jinzhong", "1. Relocation and occupancy",
                    people.replace("人", " people"), "Notes");
            assertThat(document.getTables()).singleElement().satisfies(table -> assertThat(table.getRows()).hasSize(12));
        }
    }

    @Test
    void aCountyReportIsItsCountysAndACountyScopedTokenReadsOnlyItsOwn() throws Exception {
        String officer = TestTokens.bearer("county-officer", LINGSHI);
        // today's: the data set's declared figure for Lingshi's relocated people speaks for today
        String html = report("county=" + LINGSHI, officer).then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>灵石县易地扶贫搬迁工作报告</h1>").doesNotContain("各县（市、区）情况");
        Map<String, Object> county = given().get("/api/v1/indicators?county=" + LINGSHI).then().statusCode(200)
                .extract().jsonPath().getMap("indicators.find { it.id == 'relocation.people' }");
        assertThat(figures(html)).filteredOn(figure -> figure.getAttribute("data-indicator").equals("relocation.people"))
                .singleElement().satisfies(figure -> {
                    assertThat(same(figure.getAttribute("data-value"), county.get("value"))).isTrue();
                    assertThat(figure.getAttribute("class")).contains("flagged");
                });

        report("county=140723", officer).then().statusCode(403).contentType("application/problem+json");
        report("lang=zh-CN", officer).then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/reports/city").then().statusCode(401);
        report("county=140723&format=pdf", TestTokens.bearer("partner", null)).then().statusCode(200).contentType("application/pdf");
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        report("lang=fr", admin()).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
        report("format=xls", admin()).then().statusCode(400).body("errors[0].field", equalTo("format"));
        report("asOf=2019-13-01", admin()).then().statusCode(400).contentType("application/problem+json");
        report("county=140799", admin()).then().statusCode(400).body("errors[0].field", equalTo("county"));
        report("colour=red", admin()).then().statusCode(400);
        given().header("Authorization", admin()).header("Accept-Language", "zh-CN").get("/api/v1/reports/city?format=xls")
                .then().statusCode(400).body("errors[0].message", equalTo("格式 format 只能是 html、pdf 或 docx，不能是“xls”"));
    }

    private static boolean same(String shown, Object expected) {
        if (expected == null) {
            return shown.isEmpty();
        }
        return new BigDecimal(shown).compareTo(new BigDecimal(expected.toString())) == 0;
    }

    private static List<Element> figures(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        NodeList spans = document.getElementsByTagName("span");
        List<Element> figures = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            Element span = (Element) spans.item(i);
            if (span.getAttribute("class").startsWith("figure")) {
                figures.add(span);
            }
        }
        return figures;
    }
}
