package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.anju.testing.StackTestResource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.EXPENDITURES;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.officerOf;
import static org.anju.funding.FundingApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/**
 * The ledger's export for Excel users (issue: CSV without a byte order mark, English headers, no
 * XLSX): CSV with a BOM or XLSX, headers in the caller's language, the list's filters. Uses
 * LOCAL_GOVERNMENT_BOND in 140729, which no other test spends, from 2024 on.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class EntryExportTest {

    private static final String COUNTY = "140729";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static boolean recorded;

    /** Once per class: one expenditure, its number one Excel would take for a date. */
    @BeforeEach
    void anExpenditureWithANumberExcelWouldTakeForADate() {
        if (recorded) {
            return;
        }
        recorded = true;
        fund("LOCAL_GOVERNMENT_BOND", COUNTY, "5000.00", "2024-05-01");
        post(ADMIN, EXPENDITURES, """
                {"source": "LOCAL_GOVERNMENT_BOND", "county": "%s", "purpose": "INFRASTRUCTURE", "amount": "1234.50",
                 "spentOn": "2024-05-02", "documentNumber": "0012-3"}""".formatted(COUNTY)).statusCode(201);
    }

    @Test
    void csvHasAByteOrderMarkAndChineseHeadersForAChineseCaller() {
        ExtractableResponse<Response> csv = exported("csv", "zh-CN");

        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("funding-entries.csv");
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF账目编号,类型,资金来源,县（市、区）代码,用途,金额（元）,发生日期,文号,");
        assertThat(text.lines()).hasSize(2);
        assertThat(text).contains(",EXPENDITURE,LOCAL_GOVERNMENT_BOND,140729,INFRASTRUCTURE,1234.50,2024-05-02,0012-3,");
    }

    @Test
    void xlsxKeepsIdsAndNumbersAsTextAndAmountsAsNumbersWithTwoDecimals() throws Exception {
        ExtractableResponse<Response> xlsx = exported("xlsx", null);

        assertThat(xlsx.contentType()).startsWith(XLSX);
        assertThat(xlsx.header("Content-Disposition")).contains("funding-entries.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Ledger entries");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("id", "kind", "source", "county", "purpose", "amount", "occurredOn", "documentNumber");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);

            Row row = sheet.getRow(1);
            Cell county = row.getCell(3);
            Cell amount = row.getCell(5);
            Cell spentOn = row.getCell(6);
            Cell document = row.getCell(7);
            assertThat(county.getCellType()).isEqualTo(CellType.STRING);
            assertThat(county.getStringCellValue()).isEqualTo(COUNTY);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(DateUtil.isCellDateFormatted(spentOn)).isTrue();
            assertThat(spentOn.getLocalDateTimeCellValue().toLocalDate()).hasToString("2024-05-02");
            assertThat(document.getCellType()).isEqualTo(CellType.STRING);
            assertThat(document.getStringCellValue()).isEqualTo("0012-3");
            assertThat(document.getCellStyle().getDataFormatString()).isEqualTo("@");
        }
    }

    @Test
    void xlsxHeadersAreChineseForAChineseCaller() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported("xlsx", "zh-CN").asByteArray()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("资金账目");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue()).isEqualTo("文号");
        }
    }

    @Test
    void theExportIsScopedAndItsFormatChecked() {
        as(officerOf(COUNTY)).queryParam("county", "140728").queryParam("format", "xlsx").get("/api/v1/entries/export")
                .then().statusCode(403);
        as(officerOf(COUNTY)).queryParam("format", "xlsx").get("/api/v1/entries/export").then().statusCode(200);
        as(ADMIN).queryParam("format", "pdf").get("/api/v1/entries/export").then().statusCode(400)
                .body("errors.field", hasItem(containsString("format")));
    }

    /** The county's expenditures, as {@code format}, in {@code language} (null: no Accept-Language). */
    private static ExtractableResponse<Response> exported(String format, String language) {
        var request = as(ADMIN).queryParam("county", COUNTY).queryParam("kind", "EXPENDITURE").queryParam("source", "LOCAL_GOVERNMENT_BOND").queryParam("format", format);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.get("/api/v1/entries/export").then().statusCode(200).extract();
    }
}
