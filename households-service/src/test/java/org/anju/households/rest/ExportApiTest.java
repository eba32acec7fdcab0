package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.allocate;
import static org.anju.households.rest.Api.as;
import static org.anju.households.rest.Api.completedSite;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.registerHousehold;
import static org.anju.households.rest.Imports.UPDATES;
import static org.anju.households.rest.Imports.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Exports a county office opens in Excel (XLSX with identifier columns as text, CSV in UTF-8 with a
 * byte order mark; Chinese headers), filtered as the list is, and reads back as a lifecycle file.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ExportApiTest {

    @Test
    void theXlsxExportHasChineseHeadersIdentifiersAsTextAndDatesAsDates() throws Exception {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "REGISTERED_POOR");
        String id = registerHousehold(request);
        allocate(id, site).statusCode(200);

        byte[] xlsx = admin().queryParam("format", "xlsx").queryParam("registryNumber", request.get("registryNumber"))
                .get("/api/v1/households/export").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = texts(sheet.getRow(0));
            assertThat(header).startsWith("户ID", "版本", "建档立卡户编号", "县（区）代码");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            Cell registryNumber = first.getCell(header.indexOf("建档立卡户编号"));
            assertThat(registryNumber.getCellType()).isEqualTo(CellType.STRING);
            assertThat(registryNumber.getStringCellValue()).isEqualTo(request.get("registryNumber"));
            Cell allocated = first.getCell(header.indexOf("分房日期"));
            assertThat(DateUtil.isCellDateFormatted(allocated)).isTrue();
            assertThat(allocated.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2018, 10, 15));
            // no birth date for a caller who sees ID numbers masked: it is what the mask hides
            Cell birthDate = first.getCell(header.indexOf("出生日期"));
            assertThat(birthDate == null || birthDate.getCellType() == CellType.BLANK).isTrue();
        }
    }

    @Test
    void theCsvExportIsUtf8WithAByteOrderMarkAndFilteredAsTheListIs() {
        String site = completedSite(HESHUN, 5);
        String housed = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        allocate(housed, site).statusCode(200);
        String head = TestIdNumbers.next(HESHUN);
        Map<String, Object> other = household(HESHUN, "CO_RELOCATED", List.of(member(head, "HEAD", true)));
        registerHousehold(other);

        byte[] csv = admin().queryParam("siteId", site).get("/api/v1/households/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF户ID,版本,建档立卡户编号").contains(housed).doesNotContain((String) other.get("registryNumber"));
        admin().queryParam("format", "pdf").get("/api/v1/households/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void aPiiReaderSeesTheBirthDateAndTheNumberInTheExport() {
        String head = TestIdNumbers.next(HESHUN);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED", List.of(member(head, "HEAD", true)));
        registerHousehold(request);
        String birthDate = head.substring(6, 10) + "-" + head.substring(10, 12) + "-" + head.substring(12, 14);

        String masked = admin().queryParam("registryNumber", request.get("registryNumber")).get("/api/v1/households/export")
                .then().statusCode(200).extract().asString();
        String full = as(TestTokens.bearer("reader", List.of("city-admin", "pii-reader"), null))
                .queryParam("registryNumber", request.get("registryNumber")).get("/api/v1/households/export")
                .then().statusCode(200).extract().asString();

        assertThat(masked).doesNotContain(birthDate).doesNotContain(head);
        assertThat(full).contains(birthDate).contains(head);
    }

    @Test
    void anExportWithItsLifecycleDatesFilledInImportsAsALifecycleFile() throws Exception {
        String site = completedSite(HESHUN, 5);
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);
        allocate(id, site).statusCode(200);
        byte[] exported = admin().queryParam("format", "xlsx").queryParam("registryNumber", request.get("registryNumber"))
                .get("/api/v1/households/export").then().statusCode(200).extract().asByteArray();

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            int movedIn = texts(sheet.getRow(0)).indexOf("入住日期");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).createCell(movedIn).setCellValue("2018年11月2日");
            }
            workbook.write(out);
            filled = out.toByteArray();
        }

        JsonPath job = Imports.run(UPDATES, XLSX, filled);

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        admin().get("/api/v1/households/{id}", id).then().statusCode(200).body("status", equalTo("MOVED_IN"))
                .body("movedInOn", equalTo("2018-11-02"));
    }

    @Test
    void aHouseholdIsFoundByItsRegistryNumberTypedAsPeopleTypeIt() {
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED");
        String id = registerHousehold(request);
        String typed = TestIdNumbers.fullWidth((String) request.get("registryNumber")) + "\u00A0";

        admin().queryParam("registryNumber", typed).get("/api/v1/households").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].id", equalTo(id));
        admin().queryParam("registryNumber", request.get("registryNumber") + "9").get("/api/v1/households").then().statusCode(200)
                .body("items.size()", equalTo(0));
        admin().queryParam("registryNumber", "x".repeat(41)).get("/api/v1/households").then().statusCode(400)
                .body("errors[0].field", containsString("registryNumber"));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
