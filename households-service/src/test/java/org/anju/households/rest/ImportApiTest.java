package org.anju.households.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.households.repository.ImportJobRepository;
import org.anju.testing.EventContracts;
import org.anju.testing.StackTestResource;
import org.anju.testing.TopicRecords;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.ZUOQUAN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.anju.households.rest.Api.officerOf;
import static org.anju.households.rest.Api.registerHousehold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class ImportApiTest {

    private static final String HEADER = Imports.HEADER;

    @Inject
    DataSource dataSource;

    @Inject
    ImportJobRepository jobs;

    /** Builds an import file row by row, numbering rows as a spreadsheet does (the header is row 1). */
    private static final class File {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final List<String> lines = new ArrayList<>(List.of(HEADER));
        int households;

        int row() {
            return lines.size() + 1;
        }

        String registryNumber() {
            return run + "-" + (++households);
        }

        void add(String registryNumber, String county, String category, String name, String idNumber, String relation) {
            lines.add(String.join(",", registryNumber, county, "松烟镇石叠村", "后沟", "", category, "", "true", name, idNumber,
                    relation, "true", "13800000000"));
        }

        /** A household of {@code size} members; returns the row of its first member. */
        int household(int size) {
            int first = row();
            String number = registryNumber();
            for (int i = 0; i < size; i++) {
                add(number, HESHUN, "REGISTERED_POOR", "成员" + i, TestIdNumbers.next(HESHUN), i == 0 ? "HEAD" : "CHILD");
            }
            return first;
        }

        byte[] csv() {
            return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void tenThousandRowsWithFiftyBadOnesImportEverythingElseAndReportExactlyThoseFifty() throws Exception {
        String alreadyRegistered = TestIdNumbers.next(HESHUN);
        registerHousehold(household(HESHUN, "CO_RELOCATED", List.of(member(alreadyRegistered, "HEAD", true))));
        String inFileTwice = TestIdNumbers.next(HESHUN);

        File file = new File();
        Set<Integer> badRows = new HashSet<>();
        int size = 0;
        file.add(file.registryNumber(), HESHUN, "CO_RELOCATED", "首户", inFileTwice, "HEAD");
        while (file.lines.size() - 1 < 10_000) {
            int remaining = 10_000 - (file.lines.size() - 1);
            if (badRows.size() < 50 && file.households % 70 == 5) {
                badRows.add(file.row());
                String number = file.registryNumber();
                String valid = TestIdNumbers.next(HESHUN);
                switch (badRows.size() % 6) {
                    case 0 -> file.add(number, HESHUN, "REGISTERED_POOR", "坏行", TestIdNumbers.mistyped(valid), "HEAD");
                    case 1 -> file.add(number, HESHUN, "POOR", "坏行", valid, "HEAD");
                    case 2 -> file.add(number, HESHUN, "REGISTERED_POOR", "", valid, "HEAD");
                    case 3 -> file.add(number, "14072", "REGISTERED_POOR", "坏行", valid, "HEAD");
                    case 4 -> file.add(number, HESHUN, "REGISTERED_POOR", "坏行", alreadyRegistered, "HEAD");
                    default -> file.add(number, HESHUN, "REGISTERED_POOR", "坏行", inFileTwice, "HEAD");
                }
            } else {
                file.household(Math.min(remaining, 1 + size++ % 4));
            }
        }
        assertThat(file.lines).hasSize(10_001);
        assertThat(badRows).hasSize(50);

        long started = System.nanoTime();
        JsonPath job = awaitFinished(submit(ADMIN, file.csv()));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("totalRows")).isEqualTo(10_000);
        assertThat(job.getInt("rowsDone")).isEqualTo(10_000);
        assertThat(job.getInt("errorCount")).isEqualTo(50);
        assertThat(job.getList("errors.row", Integer.class)).containsExactlyInAnyOrderElementsOf(badRows);
        assertThat(job.getInt("householdsRejected")).isEqualTo(50);
        assertThat(job.getInt("householdsImported")).isEqualTo(file.households - 50);
        assertThat(job.getString("errors")).doesNotContain(alreadyRegistered).doesNotContain(inFileTwice);
        assertThat(count("SELECT count(*) FROM household_members m JOIN households h ON h.id = m.household_id WHERE h.registry_number LIKE ?",
                file.run + "-%")).isEqualTo(9_950);
        assertThat(seconds).as("10,000 rows imported in %d s", seconds).isLessThan(120);

        String imported = firstId(file.run + "-1");
        EventContracts.assertValid(TopicRecords.await(Events.TOPIC, r -> imported.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value());
    }

    @Test
    void aJobsFileIsKeptAsALargeObjectUntilTheJobFinishes() throws Exception {
        File file = new File();
        file.household(3);
        String location = submit(ADMIN, file.csv());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThat(awaitFinished(location).getInt("householdsImported")).isEqualTo(1);
        // a client polls a job's status every few seconds: the job holds its file's oid, never its bytes
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.findById(id).fileOid())).isNull();
        assertThat(count("SELECT count(*) FROM import_jobs j JOIN pg_largeobject_metadata m ON m.oid = j.file_oid WHERE j.id = ?::uuid",
                id.toString())).isZero();
    }

    @Test
    void aHouseholdWithOneBadRowIsNotImportedAtAllAndOnlyThatRowIsReported() throws Exception {
        File file = new File();
        String number = file.registryNumber();
        file.add(number, HESHUN, "REGISTERED_POOR", "户主", TestIdNumbers.next(HESHUN), "HEAD");
        int bad = file.row();
        file.add(number, HESHUN, "REGISTERED_POOR", "子女", TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN)), "CHILD");
        file.household(2);

        JsonPath job = awaitFinished(submit(ADMIN, file.csv()));

        assertThat(job.getList("errors.row", Integer.class)).containsExactly(bad);
        assertThat(job.getList("errors.field", String.class)).containsExactly("idNumber");
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM households WHERE registry_number = ?", number)).isZero();
    }

    @Test
    void aCountyOfficerImportsOnlyTheirOwnCountysHouseholds() throws Exception {
        File file = new File();
        file.household(1);
        int other = file.row();
        file.add(file.registryNumber(), ZUOQUAN, "CO_RELOCATED", "他县", TestIdNumbers.next(ZUOQUAN), "HEAD");

        String location = submit(officerOf(HESHUN), file.csv());
        JsonPath job = awaitFinished(location, officerOf(HESHUN));

        assertThat(job.getList("errors.row", Integer.class)).containsExactly(other);
        assertThat(job.getList("errors.field", String.class)).containsExactly("county");
        given().header("Authorization", officerOf(ZUOQUAN)).get(location).then().statusCode(403);
    }

    @Test
    void anXlsxWorkbookImportsLikeACsvFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of((Object[]) HEADER.split(",")));
        rows.add(List.of(run + "-1", HESHUN, "松烟镇石叠村", "", "", "CO_RELOCATED", "", "否", "户主", TestIdNumbers.next(HESHUN), "HEAD", "是", ""));
        rows.add(List.of(run + "-1", HESHUN, "松烟镇石叠村", "", "", "CO_RELOCATED", "", "否", "配偶", TestIdNumbers.next(HESHUN), "SPOUSE", "否", ""));

        String location = given().header("Authorization", ADMIN)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(Workbooks.xlsx(rows))
                .post("/api/v1/imports/households").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitFinished(location);

        assertThat(job.getInt("householdsImported")).as(job.prettify()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM household_members m JOIN households h ON h.id = m.household_id WHERE h.registry_number = ?",
                run + "-1")).isEqualTo(2);
    }

    @Test
    void aFileWithoutTheRequiredColumnsFailsAsAWhole() {
        String location = given().header("Authorization", ADMIN).contentType("text/csv").body("name,phone\r\n张三,1\r\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/households").then().statusCode(202).extract().header("Location");
        JsonPath job = awaitFinished(location);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("registryNumber");
    }

    @Test
    void aFileThatBreaksOffPartWayFailsWithoutAnInternalError() {
        File file = new File();
        file.household(1);
        file.lines.add("\"" + file.registryNumber() + ",140723,unterminated quote");
        JsonPath job = awaitFinished(submit(ADMIN, file.csv()));
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("not well-formed CSV");
    }

    @Test
    void theTemplateIsAFileTheImportAcceptsWhoseExampleIsSkippedUntilItIsChanged() throws Exception {
        String template = admin().get("/api/v1/imports/households/template").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(template).startsWith("\uFEFF建档立卡户编号,县（区）代码,迁出村");

        JsonPath unchanged = awaitFinished(submit(ADMIN, template.getBytes(StandardCharsets.UTF_8)));
        assertThat(unchanged.getString("status")).isEqualTo("COMPLETED");
        assertThat(unchanged.getInt("totalRows")).isZero();
        assertThat(unchanged.getList("errors")).isEmpty();

        String run = "tpl-" + UUID.randomUUID().toString().substring(0, 8);
        String filled = template.replace("1407230012017000123", run)
                .replace("140723196504121238", TestIdNumbers.next(HESHUN)).replace("140723196708150022", TestIdNumbers.next(HESHUN));
        JsonPath job = awaitFinished(submit(ADMIN, filled.getBytes(StandardCharsets.UTF_8)));
        assertThat(job.getInt("householdsImported")).as(job.prettify()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM households WHERE registry_number = ? AND category = 'REGISTERED_POOR'", run)).isEqualTo(1);
    }

    @Test
    void theXlsxTemplateKeepsIdentifiersAsTextOffersTheChoicesAndExplainsEachColumn() throws Exception {
        byte[] xlsx = admin().get("/api/v1/imports/households/template?format=xlsx").then().statusCode(200)
                .contentType(Imports.XLSX).header("Content-Disposition", containsString("households-template.xlsx")).extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("建档立卡户编号*");
            assertThat(sheet.getColumnStyle(9).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getDataValidations()).anySatisfy(validation ->
                    assertThat(validation.getValidationConstraint().getExplicitListValues()).contains("建档立卡户", "同步搬迁户"));
            assertThat(sheet.getDataValidations()).anySatisfy(validation ->
                    assertThat(validation.getValidationConstraint().getExplicitListValues()).contains("户主", "配偶", "子女"));
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("建档立卡户编号");
        }

        JsonPath job = awaitFinished(Imports.submit(ADMIN, Imports.HOUSEHOLDS, Imports.XLSX, xlsx));
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getInt("totalRows")).isZero();
    }

    @Test
    void theExportStreamsHouseholdsWithMaskedIdNumbersAndOnlyInsideTheCallersCounty() {
        String head = TestIdNumbers.next(HESHUN);
        registerHousehold(household(HESHUN, "REGISTERED_POOR", List.of(member(head, "HEAD", true))));

        String csv = admin().get("/api/v1/households/export?county=" + HESHUN).then().statusCode(200).extract().asString();
        assertThat(csv).contains("建档立卡户编号").contains(head.substring(0, 6) + "********" + head.substring(14)).doesNotContain(head);
        given().header("Authorization", officerOf(ZUOQUAN)).get("/api/v1/households/export?county=" + HESHUN).then().statusCode(403);
        given().header("Authorization", officerOf(HESHUN)).get("/api/v1/households/export").then().statusCode(200)
                .body(not(containsString("," + ZUOQUAN + ",")));
    }

    private static String submit(String bearer, byte[] csv) {
        return Imports.submit(bearer, csv);
    }

    private static JsonPath awaitFinished(String location) {
        return Imports.awaitFinished(location);
    }

    private static JsonPath awaitFinished(String location, String bearer) {
        return Imports.awaitFinished(location, bearer);
    }

    private long count(String sql, String parameter) throws Exception {
        return Imports.count(dataSource, sql, parameter);
    }

    private String firstId(String registryNumber) throws Exception {
        return Imports.select(dataSource, "SELECT id FROM households WHERE registry_number = ?", registryNumber).get(0);
    }
}
