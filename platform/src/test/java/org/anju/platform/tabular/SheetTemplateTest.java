package org.anju.platform.tabular;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SheetTemplateTest {

    private static final Column REGISTRY = Column.of("registryNumber", "户编号", "Registry number", Column.Kind.IDENTIFIER, true,
            "建档立卡户编号", "1407810012019000001");
    private static final Column CATEGORY;
    private static final Column MOVED_IN = Column.of("movedInOn", "入住日期", "Moved in on", Column.Kind.DATE, false, "", "2019-03-05");
    private static final Column LABOUR = Column.of("labourCapacity", "有劳动能力", "Labour capacity", Column.Kind.YES_NO, false, "", "是");

    static {
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("REGISTERED_POOR", "建档立卡户");
        categories.put("CO_RELOCATED", "同步搬迁户");
        CATEGORY = Column.choice("category", "类别", "Category", true, categories, "", "建档立卡户");
    }

    private static final List<Column> COLUMNS = List.of(REGISTRY, CATEGORY, MOVED_IN, LABOUR);
    private static final SheetTemplate TEMPLATE = new SheetTemplate("搬迁户", COLUMNS,
            List.of(List.of("1407810012019000001", "建档立卡户", "2019-03-05", "是")));

    @TempDir
    Path dir;

    @Test
    void theWorkbookTemplateHasTextIdentifierColumnsChoiceListsAnExampleAndAnExplanationSheet() throws IOException {
        byte[] xlsx = TEMPLATE.write(TabularFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet data = workbook.getSheet("搬迁户");
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("户编号*");
            assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
            assertThat(data.getDataValidations()).extracting(DataValidation::getValidationConstraint)
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("建档立卡户", "同步搬迁户"))
                    .anySatisfy(c -> assertThat(c.getExplicitListValues()).containsExactly("是", "否"));
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("户编号");
        }
        Path file = dir.resolve("template.xlsx");
        Files.write(file, xlsx);
        try (TabularReader reader = TabularReader.open(file); Stream<SheetRow> stream = reader.rows()) {
            List<SheetRow> rows = stream.toList();
            Header header = Header.locate(rows.get(0), COLUMNS);
            assertThat(TEMPLATE.isExample(rows.get(1), header)).isTrue();
        }
    }

    @Test
    void theCsvTemplateIsUtf8WithAByteOrderMarkAndEnglishHeadersAreAcceptedToo() throws IOException {
        byte[] csv = TEMPLATE.write(TabularFormat.CSV);
        assertThat(new String(csv, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00ef\u00bb\u00bf");
        Path file = dir.resolve("english.csv");
        Files.writeString(file, "Registry number,CATEGORY,movedInOn\n1407810012019000002,CO_RELOCATED,2019/3/5\n");
        try (TabularReader reader = TabularReader.open(file); Stream<SheetRow> stream = reader.rows()) {
            List<SheetRow> rows = stream.toList();
            Header header = Header.locate(rows.get(0), COLUMNS);
            assertThat(Cells.identifier(header.cell(rows.get(1), REGISTRY))).isEqualTo("1407810012019000002");
            assertThat(Cells.date(header.cell(rows.get(1), MOVED_IN))).isEqualTo(LocalDate.of(2019, 3, 5));
            assertThat(header.has(LABOUR)).isFalse();
            assertThat(TEMPLATE.isExample(rows.get(1), header)).isFalse();
        }
    }

    @Test
    void exportsKeepLongDigitStringsAsTextInBothFormats() throws IOException {
        for (TabularFormat format : TabularFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SpreadsheetWriter writer = SpreadsheetWriter.open(format, out, "搬迁户", COLUMNS)) {
                writer.row(List.of("140781195303039001", "建档立卡户", LocalDate.of(2019, 3, 5), true));
            }
            Path file = dir.resolve("export" + format.extension());
            Files.write(file, out.toByteArray());
            try (TabularReader reader = TabularReader.open(file); Stream<SheetRow> stream = reader.rows()) {
                List<SheetRow> rows = stream.toList();
                Header header = Header.locate(rows.get(0), COLUMNS);
                assertThat(Cells.identifier(header.cell(rows.get(1), REGISTRY))).as(format.name()).isEqualTo("140781195303039001");
                assertThat(Cells.date(header.cell(rows.get(1), MOVED_IN))).isEqualTo(LocalDate.of(2019, 3, 5));
                assertThat(Cells.yesNo(header.cell(rows.get(1), LABOUR))).isTrue();
            }
        }
    }
}
