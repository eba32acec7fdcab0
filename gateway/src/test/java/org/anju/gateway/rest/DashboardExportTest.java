package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.anju.testing.StackTestResource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

/** Every table the dashboard shows can be downloaded as CSV (UTF-8 with a BOM) and as an XLSX workbook. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class DashboardExportTest extends DashboardTestBase {

    private static final String LINGSHI = "140729";

    @Test
    void theCountiesTableAsCsvAndXlsxInChinese() throws Exception {
        Path downloads = Path.of("target", "downloads", UUID.randomUUID().toString());
        JsonPath lingshi = given().get("/api/v1/indicators?county=" + LINGSHI).then().statusCode(200).extract().jsonPath();
        long people = lingshi.getLong("indicators.find { it.id == 'relocation.people' }.value");
        double occupancy = lingshi.getDouble("indicators.find { it.id == 'occupancy.rate' }.value");
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

        try (DashboardBrowser browser = DashboardBrowser.open(page, 1400, 1000)) {
            browser.downloadsTo(downloads);
            browser.load();
            browser.driver().findElement(By.cssSelector("[data-export='counties'] button[data-format='csv']")).click();
            Path csv = downloaded(downloads, ".csv");
            assertThat(csv.getFileName().toString()).isEqualTo("晋中市-各县（区、市）对比-" + day + ".csv");
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
            assertThat(lines).hasSize(12);
            assertThat(lines.get(0)).startsWith("县（区、市）,行政区划代码,搬迁人口（人）,入住率,");
            String row = lines.stream().filter(line -> line.startsWith("灵石县," + LINGSHI + ",")).findFirst().orElseThrow();
            assertThat(row.split(",")[2]).isEqualTo(String.valueOf(people));
            assertThat(Double.parseDouble(row.split(",")[3].replace("%", "")) / 100).isCloseTo(occupancy, offset(1e-6));

            browser.driver().findElement(By.cssSelector("[data-export='counties'] button[data-format='xlsx']")).click();
            Path xlsx = downloaded(downloads, ".xlsx");
            assertThat(xlsx.getFileName().toString()).isEqualTo("晋中市-各县（区、市）对比-" + day + ".xlsx");
            try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getSheetName()).isEqualTo("各县（区、市）对比");
                assertThat(sheet.getLastRowNum()).isEqualTo(11);
                assertThat(texts(sheet.getRow(0))).startsWith("县（区、市）", "行政区划代码", "搬迁人口（人）", "入住率");
                Row county = rows(sheet).stream().filter(r -> r.getCell(1).getStringCellValue().equals(LINGSHI)).findFirst().orElseThrow();
                assertThat(county.getCell(0).getStringCellValue()).isEqualTo("灵石县");
                assertThat(county.getCell(1).getCellType()).as("a code stays text").isEqualTo(CellType.STRING);
                assertThat(county.getCell(2).getNumericCellValue()).isEqualTo(people);
                assertThat(county.getCell(3).getNumericCellValue()).isCloseTo(occupancy, offset(1e-9));
                assertThat(county.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
                assertThat(county.getCell(7).getCellStyle().getDataFormatString()).as("yuan").isEqualTo("#,##0.00");
            }

            // the service panel's table too, in the page's language
            browser.driver().findElement(By.cssSelector("[data-export='services'] button[data-format='csv']")).click();
            Path services = downloaded(downloads, "业务服务-" + day + ".csv");
            String text = Files.readString(services, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF服务,状态,版本,待发布事件\r\n").contains("搬迁户与安置点,正常,9.9.9,3").contains("资金,停止");
        }
    }

    private static Path downloaded(Path directory, String suffix) {
        await().atMost(Duration.ofSeconds(20)).until(() -> find(directory, suffix).isPresent());
        return find(directory, suffix).orElseThrow();
    }

    private static Optional<Path> find(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach((Cell cell) -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<Row> rows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(row -> {
            if (row.getRowNum() > 0) {
                rows.add(row);
            }
        });
        return rows;
    }
}
