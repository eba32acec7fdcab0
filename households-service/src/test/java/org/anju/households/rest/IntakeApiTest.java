package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Imports.CSV;
import static org.anju.households.rest.Imports.HOUSEHOLDS;
import static org.anju.households.rest.Imports.XLSX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 16, "intake that never corrupts the registry": every kind of file a county office produces
 * ends in the right values stored or in a row error (or a failed job) that says what to do, never
 * in a wrong value. Each fixture is made in the test.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class IntakeApiTest {

    /** The household file's header in Chinese, as the template writes it. */
    private static final List<Object> CHINESE_HEADER = List.of("建档立卡户编号", "县（区）代码", "迁出村", "迁出自然村", "整村搬迁自然村",
            "户类别", "安置点", "旧宅需拆除", "成员姓名", "身份证号码", "与户主关系", "有劳动能力", "联系电话");

    @Inject
    DataSource dataSource;

    private final String run = "in-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aGbkCsvAsChineseExcelSavesItImportsItsChineseIntact() throws Exception {
        String number = run + "-gbk";
        String csv = String.join("\r\n", String.join(",", CHINESE_HEADER.stream().map(Object::toString).toList()),
                row(number, "建档立卡户", "张三丰", TestIdNumbers.next(HESHUN), "户主"),
                row(number, "建档立卡户", "李秀英", TestIdNumbers.next(HESHUN), "配偶")) + "\r\n";

        JsonPath job = Imports.run(HOUSEHOLDS, CSV, csv.getBytes(Charset.forName("GBK")));

        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        assertThat(members(number)).containsExactly("张三丰", "李秀英");
        assertThat(Imports.select(dataSource, "SELECT origin_village FROM households WHERE registry_number = ?", number))
                .containsExactly("松烟镇石叠村");
    }

    @Test
    void aFileThatIsNeitherUtf8NorGbkFailsSayingHowToSaveItAndStoresNothing() throws Exception {
        String number = run + "-bad";
        byte[] text = (Imports.HEADER + "\r\n" + number + "," + HESHUN + ",松烟镇石叠村,,,CO_RELOCATED,,false,王").getBytes(StandardCharsets.UTF_8);
        byte[] rest = (",HEAD,true,\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[text.length + 1 + rest.length];
        System.arraycopy(text, 0, broken, 0, text.length);
        broken[text.length] = (byte) 0xFF; // a byte that is neither UTF-8 nor GB18030
        System.arraycopy(rest, 0, broken, text.length + 1, rest.length);

        JsonPath job = Imports.run(HOUSEHOLDS, CSV, broken);

        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("failure")).contains("neither UTF-8 nor GBK").contains("CSV UTF-8");
        assertThat(Imports.households(dataSource, number)).isZero();
    }

    @Test
    void aTextHoldingTheReplacementCharacterIsNeverStoredWhicheverWayItCame() throws Exception {
        String number = run + "-fffd";
        List<List<Object>> rows = List.of(CHINESE_HEADER,
                List.of(number, HESHUN, "松烟镇石叠村", "", "", "同步搬迁户", "", "否", "张\uFFFD\uFFFD", TestIdNumbers.next(HESHUN), "户主", "是", ""));

        JsonPath job = Imports.run(HOUSEHOLDS, XLSX, Workbooks.xlsx(rows));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "memberName", null));
        assertThat(job.getString("errors[0].message")).contains("U+FFFD");
        assertThat(Imports.households(dataSource, number)).isZero();

        Map<String, Object> garbled = new HashMap<>(Api.household(HESHUN, "CO_RELOCATED"));
        garbled.put("originVillage", "松烟镇\uFFFD\uFFFD村");
        Api.admin().body(garbled).post("/api/v1/households").then().statusCode(400)
                .body("errors[0].field", equalTo("originVillage"));
    }

    @Test
    void identifiersInScientificNotationAreRowErrorsWithTheHintToFormatTheColumnAsText() throws Exception {
        String number = run + "-e";
        JsonPath job = Imports.run(HOUSEHOLDS, CSV, Imports.csv(List.of(
                number + "," + HESHUN + ",松烟镇石叠村,,,CO_RELOCATED,,false,户主,1.40723E+17,HEAD,true,",
                "1.40723E+18," + HESHUN + ",松烟镇石叠村,,,CO_RELOCATED,,false,户主," + TestIdNumbers.next(HESHUN) + ",HEAD,true,1.38E+10")));

        assertThat(Imports.errors(job))
                .containsExactlyInAnyOrder(tuple(2, "idNumber", null), tuple(3, "registryNumber", null), tuple(3, "phone", null));
        assertThat(job.getList("errors.message", String.class)).allSatisfy(message ->
                assertThat(message).contains("scientific notation").contains("format the column as text"));
        assertThat(job.getInt("householdsImported")).isZero();
        assertThat(Imports.count(dataSource, "SELECT count(*) FROM households WHERE registry_number IN (?, '1.40723E+18')", number)).isZero();
    }

    @Test
    void aNumericWorkbookCellTooLongForExcelToKeepIsARowErrorAndOneThatFitsIsItsDigits() throws Exception {
        String number = run + "-num";
        List<List<Object>> rows = List.of(CHINESE_HEADER,
                // as Excel stores 140781001201900011 typed into a General column: a double, its last digits gone
                List.of(number, new BigDecimal("140723"), "松烟镇石叠村", "", "", "同步搬迁户", "", "否", "户主", 1.4078100120190001E+17, "户主", "是",
                        13800000000L));

        JsonPath job = Imports.run(HOUSEHOLDS, XLSX, Workbooks.xlsx(rows));

        assertThat(Imports.errors(job)).containsExactly(tuple(2, "idNumber", null));
        assertThat(job.getString("errors[0].message")).contains("15 digits");
        assertThat(Imports.households(dataSource, number)).isZero();
    }

    @Test
    void aHouseholdWhoseColumnsAreMergedOverItsMembersRowsIsImportedWhole() throws Exception {
        String number = run + "-merged";

        JsonPath job = Imports.run(HOUSEHOLDS, XLSX, merged(number, threeIdNumbers()));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(members(number)).containsExactly("户主甲", "配偶乙", "子女丙");
        assertThat(Imports.count(dataSource, "SELECT member_count FROM households WHERE registry_number = ?", number)).isEqualTo(3);
    }

    @Test
    void aMergedHouseholdWithOneBadMemberIsNotImportedAtAllAndTheCorrectedSheetThenImportsCleanly() throws Exception {
        String number = run + "-fix";
        List<String> idNumbers = threeIdNumbers();

        JsonPath rejected = Imports.run(HOUSEHOLDS, XLSX, merged(number,
                List.of(idNumbers.get(0), TestIdNumbers.mistyped(idNumbers.get(1)), idNumbers.get(2))));

        assertThat(Imports.errors(rejected))
                .containsExactly(tuple(3, "idNumber", "id-number-valid"));
        assertThat(rejected.getInt("householdsRejected")).isEqualTo(1);
        assertThat(Imports.households(dataSource, number)).isZero();

        JsonPath corrected = Imports.run(HOUSEHOLDS, XLSX, merged(number, idNumbers));

        assertThat(corrected.getList("errors")).as(corrected.prettify()).isEmpty();
        assertThat(members(number)).containsExactly("户主甲", "配偶乙", "子女丙");
    }

    @Test
    void aMemberRowWithoutTheRegistryNumberRejectsTheHouseholdAboveItInsteadOfSplittingIt() throws Exception {
        String number = run + "-split";
        JsonPath job = Imports.run(HOUSEHOLDS, CSV, Imports.csv(List.of(
                Imports.row(number, "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD"),
                ",,,,,,,,配偶," + TestIdNumbers.next(HESHUN) + ",SPOUSE,true,")));

        assertThat(Imports.errors(job)).contains(tuple(3, "registryNumber", null));
        assertThat(job.getInt("householdsImported")).isZero();
        assertThat(job.getInt("householdsRejected")).isEqualTo(1);
        assertThat(Imports.households(dataSource, number)).isZero();
    }

    @Test
    void aHouseholdWhoseRowsAreApartIsNotImportedFromAnyOfThem() throws Exception {
        String apart = run + "-apart";
        String between = run + "-between";
        JsonPath job = Imports.run(HOUSEHOLDS, CSV, Imports.csv(List.of(
                Imports.row(apart, "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD"),
                Imports.row(between, "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD"),
                Imports.row(apart, "CO_RELOCATED", "配偶", TestIdNumbers.next(HESHUN), "SPOUSE"))));

        assertThat(Imports.errors(job))
                .contains(tuple(2, "registryNumber", "registry-number-unique"), tuple(4, "registryNumber", "registry-number-unique"));
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(job.getInt("householdsRejected")).as("a household is counted once, wherever its rows stand").isEqualTo(1);
        assertThat(Imports.households(dataSource, apart)).isZero();
    }

    @Test
    void onlyTheRegistryNumberMergedAndTheHouseholdCellsBlankOnLaterRowsImportsTheHouseholdAsItsFirstRowSaysIt() throws Exception {
        String number = run + "-keyonly";
        List<String> idNumbers = threeIdNumbers();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(CHINESE_HEADER);
        rows.add(List.of(number, HESHUN, "松烟镇石叠村", "后沟", "", "建档立卡户", "", "是", "户主甲", idNumbers.get(0), "户主", "是", "13800000000"));
        rows.add(List.of("", "", "", "", "", "", "", "", "配偶乙", idNumbers.get(1), "配偶", "否", ""));
        rows.add(List.of("", " ", "", "", "", "", "", "", "子女丙", idNumbers.get(2), "子女", "否", ""));

        JsonPath job = Imports.run(HOUSEHOLDS, XLSX, Workbooks.xlsx(rows, new CellRangeAddress(1, 3, 0, 0)));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(members(number)).containsExactly("户主甲", "配偶乙", "子女丙");
        assertThat(Imports.select(dataSource, "SELECT category FROM households WHERE registry_number = ?", number))
                .containsExactly("REGISTERED_POOR");

        // a filled cell that says otherwise is still a contradiction
        String contra = run + "-keyonly-contra";
        List<String> others = threeIdNumbers();
        rows = new ArrayList<>();
        rows.add(CHINESE_HEADER);
        rows.add(List.of(contra, HESHUN, "松烟镇石叠村", "后沟", "", "建档立卡户", "", "是", "户主甲", others.get(0), "户主", "是", ""));
        rows.add(List.of("", "", "", "", "", "同步搬迁户", "", "", "配偶乙", others.get(1), "配偶", "否", ""));
        JsonPath rejected = Imports.run(HOUSEHOLDS, XLSX, Workbooks.xlsx(rows, new CellRangeAddress(1, 2, 0, 0)));
        assertThat(Imports.errors(rejected)).containsExactly(tuple(3, "category", null));
        assertThat(Imports.households(dataSource, contra)).isZero();
    }

    @Test
    void aRowThatContradictsItsHouseholdsFirstRowIsAnErrorNotSilentlyOverruled() throws Exception {
        String number = run + "-contra";
        JsonPath job = Imports.run(HOUSEHOLDS, CSV, Imports.csv(List.of(
                Imports.row(number, "REGISTERED_POOR", "户主", TestIdNumbers.next(HESHUN), "HEAD"),
                Imports.row(number, "CO_RELOCATED", "配偶", TestIdNumbers.next(HESHUN), "SPOUSE"))));

        assertThat(Imports.errors(job)).containsExactly(tuple(3, "category", null));
        assertThat(job.getString("errors[0].message")).contains("first row 2");
        assertThat(Imports.households(dataSource, number)).isZero();
    }

    @Test
    void sitesAndVillagesAreNamedByTheirNameInTheCounty() throws Exception {
        String site = Api.site(HESHUN, 10);
        String siteName = Api.admin().get("/api/v1/sites/{id}", site).then().extract().path("name");
        String villageName = "自然村" + UUID.randomUUID().toString().substring(0, 6);
        String village = Api.admin().body(Map.of("county", HESHUN, "township", "松烟镇", "name", villageName))
                .post("/api/v1/villages").then().statusCode(201).extract().path("id");
        String number = run + "-named";
        String unknown = run + "-unknown";

        JsonPath job = Imports.run(HOUSEHOLDS, CSV, Imports.csv(List.of(
                number + "," + HESHUN + ",松烟镇石叠村,," + villageName + ",CO_RELOCATED," + siteName + ",false,户主," + TestIdNumbers.next(HESHUN)
                        + ",HEAD,true,",
                unknown + "," + HESHUN + ",松烟镇石叠村,,松烟镇/没有这个村,CO_RELOCATED,没有这个安置点,false,户主," + TestIdNumbers.next(HESHUN)
                        + ",HEAD,true,")));

        assertThat(Imports.errors(job))
                .containsExactlyInAnyOrder(tuple(3, "villageId", "village-must-exist"), tuple(3, "siteId", "site-must-exist"));
        assertThat(Imports.select(dataSource, "SELECT site_id || ' ' || village_id FROM households WHERE registry_number = ?", number))
                .containsExactly(site + " " + village);
    }

    @Test
    void aDryRunReportsEveryRowErrorStoresNothingAndLeavesTheFileToImportAfterwards() throws Exception {
        String good = run + "-dry-good";
        String bad = run + "-dry-bad";
        byte[] file = Imports.csv(List.of(
                Imports.row(good, "CO_RELOCATED", "户主", TestIdNumbers.next(HESHUN), "HEAD"),
                Imports.row(bad, "CO_RELOCATED", "户主", TestIdNumbers.mistyped(TestIdNumbers.next(HESHUN)), "HEAD")));

        JsonPath dry = Imports.run(HOUSEHOLDS + "?dryRun=true", CSV, file);

        assertThat(dry.getBoolean("dryRun")).isTrue();
        assertThat(dry.getString("status")).isEqualTo("COMPLETED");
        assertThat(dry.getInt("householdsImported")).isEqualTo(1);
        assertThat(Imports.errors(dry)).containsExactly(tuple(3, "idNumber", "id-number-valid"));
        assertThat(Imports.households(dataSource, good)).isZero();

        JsonPath real = Imports.run(HOUSEHOLDS, CSV, file);

        assertThat(real.getBoolean("dryRun")).isFalse();
        assertThat(real.getInt("householdsImported")).isEqualTo(1);
        assertThat(Imports.households(dataSource, good)).isEqualTo(1);
        Api.admin().queryParam("dryRun", "yes").contentType(CSV).body(file).post(HOUSEHOLDS).then().statusCode(400);
    }

    /** A household of three as county sheets lay it out: its columns A–H merged over its members' rows. */
    private static byte[] merged(String number, List<String> idNumbers) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(CHINESE_HEADER);
        rows.add(List.of(number, HESHUN, "松烟镇石叠村", "后沟", "", "建档立卡户", "", "是", "户主甲", idNumbers.get(0), "户主", "是", "13800000000"));
        rows.add(List.of("", "", "", "", "", "", "", "", "配偶乙", idNumbers.get(1), "配偶", "否", ""));
        rows.add(List.of("", "", "", "", "", "", "", "", "子女丙", idNumbers.get(2), "子女", "否", ""));
        CellRangeAddress[] merges = new CellRangeAddress[8];
        for (int column = 0; column < 8; column++) {
            merges[column] = new CellRangeAddress(1, 3, column, column);
        }
        return Workbooks.xlsx(rows, merges);
    }

    private static List<String> threeIdNumbers() {
        return List.of(TestIdNumbers.next(HESHUN), TestIdNumbers.next(HESHUN), TestIdNumbers.next(HESHUN));
    }

    private static String row(String number, String category, String name, String idNumber, String relation) {
        return String.join(",", number, HESHUN, "松烟镇石叠村", "后沟", "", category, "", "否", name, idNumber, relation, "是", "");
    }

    private List<String> members(String registryNumber) throws Exception {
        return Imports.select(dataSource, "SELECT m.name FROM household_members m JOIN households h ON h.id = m.household_id "
                + "WHERE h.registry_number = ? ORDER BY m.position", registryNumber);
    }
}
