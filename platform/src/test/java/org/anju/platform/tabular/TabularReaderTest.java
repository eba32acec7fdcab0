package org.anju.platform.tabular;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabularReaderTest {

    private static final String CSV = "户编号,姓名\r\n1407810012019000001,测试王建一\r\n1407810012019000001,测试𠮷丽\r\n";

    @TempDir
    Path dir;

    @Test
    void aCsvSavedByChineseExcelInGbkIsReadWithItsChineseIntact() throws IOException {
        List<SheetRow> rows = read(CSV.replace("𠮷", "吉"));
        assertThat(rows.get(1).cell(1).text()).isEqualTo("测试王建一");
    }

    @Test
    void gb18030CarriesCharactersOutsideTheBmp() throws IOException {
        List<SheetRow> rows = read(csvFile(CSV, TextDecoding.GB18030, false));
        assertThat(rows.get(2).cell(1).text()).isEqualTo("测试𠮷丽");
    }

    @Test
    void csvUtf8WithAndWithoutByteOrderMarkAndUnicodeTextWithTabs() throws IOException {
        assertThat(read(csvFile(CSV, StandardCharsets.UTF_8, true)).get(0).cell(0).text()).isEqualTo("户编号");
        assertThat(read(csvFile(CSV, StandardCharsets.UTF_8, false)).get(2).cell(1).text()).isEqualTo("测试𠮷丽");
        Path utf16 = dir.resolve("unicode.txt");
        byte[] text = CSV.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(utf16, withBom);
        assertThat(read(utf16).get(1).cells()).extracting(Cell::text).containsExactly("1407810012019000001", "测试王建一");
    }

    @Test
    void aFileThatIsNeitherUtf8NorGb18030IsRefusedInsteadOfStoredAsReplacementCharacters() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, new byte[]{'a', ',', 'b', '\n', (byte) 0x81, (byte) 0x30, (byte) 0x81, (byte) 0x20, '\n'});
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFile.class).hasMessageContaining("CSV UTF-8");
    }

    @Test
    void aFileWithAReplacementCharacterInItIsRefused() throws IOException {
        Path file = dir.resolve("replaced.csv");
        Files.writeString(file, "户编号,姓名\n1,测试\uFFFD\uFFFD\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void cellsKeepTheirTypesAndMergedHouseholdColumnsAreFilledDownOverTheMemberRows() throws IOException {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("户");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("户编号");
            header.createCell(1).setCellValue("搬迁日期");
            header.createCell(2).setCellValue("姓名");
            header.createCell(3).setCellValue("人数");
            Row head = sheet.createRow(1);
            head.createCell(0).setCellValue("1407810012019000001");
            head.createCell(1).setCellValue(LocalDate.of(2019, 3, 5));
            head.getCell(1).setCellStyle(date);
            head.createCell(2).setCellValue("测试王建一");
            head.createCell(3).setCellValue(2);
            Row spouse = sheet.createRow(2);
            spouse.createCell(2).setCellValue("测试李丽");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3));
            Row next = sheet.createRow(3);
            next.createCell(0).setCellValue(1.4078100120190001E18);
            next.createCell(2).setCellValue(true);
            workbook.write(out);
        }
        List<SheetRow> rows = read(file);
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(2).cell(0).text()).isEqualTo("1407810012019000001");
        assertThat(rows.get(2).cell(1).date()).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(rows.get(2).cell(3).kind()).isEqualTo(Cell.Kind.NUMBER);
        assertThat(rows.get(2).cell(2).text()).isEqualTo("测试李丽");
        assertThat(rows.get(3).cell(0).kind()).isEqualTo(Cell.Kind.NUMBER);
        assertThat(rows.get(3).cell(1).isBlank()).isTrue();
        assertThat(rows.get(3).cell(2).kind()).isEqualTo(Cell.Kind.BOOLEAN);
        assertThatThrownBy(() -> Cells.identifier(rows.get(3).cell(0))).isInstanceOf(CellProblem.class)
                .hasMessageContaining("15 digits");
    }

    @Test
    void anOldXlsWorkbookOrGarbageIsRefusedWithWhatToDo() throws IOException {
        Path file = dir.resolve("old.xlsx");
        Files.write(file, new byte[]{'P', 'K', 3, 4, 1, 2, 3});
        assertThatThrownBy(() -> TabularReader.open(file)).isInstanceOf(UnreadableFile.class).hasMessageContaining(".xlsx");
    }

    @Test
    void aWorkbookWithAnEntityIsDamagedAndTheParsersTextStaysInTheLog() throws IOException {
        Path file = rewrittenSheet("xxe.xlsx", sheet -> sheet.replace("<worksheet",
                        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet")
                .replace("<sheetData>", "<sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFile.class)
                .satisfies(e -> {
                    UnreadableFile unreadable = (UnreadableFile) e;
                    String english = unreadable.toProblem("/x", java.util.Locale.ENGLISH).detail();
                    String chinese = unreadable.toProblem("/x", java.util.Locale.SIMPLIFIED_CHINESE).detail();
                    assertThat(english).contains("damaged").doesNotContain("xxe").doesNotContain("ParseError");
                    assertThat(chinese).contains("工作簿").doesNotContain("xxe").doesNotContain("ParseError");
                });
    }

    @Test
    void aZipBombIsRefusedWithAMessageOfItsOwn() throws IOException {
        String padding = " ".repeat(20 * 1024 * 1024);
        Path file = rewrittenSheet("bomb.xlsx", sheet -> sheet.replace("<sheetData>", "<sheetData>" + padding));
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFile.class)
                .satisfies(e -> {
                    UnreadableFile unreadable = (UnreadableFile) e;
                    assertThat(unreadable.toProblem("/x", java.util.Locale.ENGLISH).detail()).contains("expands too much")
                            .doesNotContain("Zip bomb").doesNotContain("ZipSecureFile");
                    assertThat(unreadable.toProblem("/x", java.util.Locale.SIMPLIFIED_CHINESE).detail()).contains("解压后体积过大");
                });
    }

    @Test
    void aCsvValueExcelForcedToTextIsReadAsItsText() throws IOException {
        Path file = csvFile("户编号,场所\r\n=\"C10-0001\",\"=\"\"J6-\"\"\"\"01\"\"\"\r\n=A2,=\"a\"&\"b\"\r\n",
                StandardCharsets.UTF_8, false);
        List<SheetRow> rows = read(file);
        assertThat(rows.get(1).cell(0).text()).isEqualTo("C10-0001");
        assertThat(Cells.identifier(rows.get(1).cell(0))).isEqualTo("C10-0001");
        assertThat(rows.get(1).cell(1).text()).isEqualTo("J6-\"01");
        assertThat(rows.get(2).cell(0).text()).isEqualTo("=A2");
        assertThat(rows.get(2).cell(1).text()).isEqualTo("=\"a\"&\"b\"");
        assertThatThrownBy(() -> Cells.identifier(rows.get(2).cell(0))).isInstanceOf(CellProblem.class).hasMessageContaining("formula");
    }

    @Test
    void aMalformedCsvSaysWhereWithoutTheParsersText() throws IOException {
        Path file = csvFile("户编号,姓名\r\n1,\"测试\"x\r\n", StandardCharsets.UTF_8, false);
        assertThatThrownBy(() -> read(file)).isInstanceOf(UnreadableFile.class)
                .satisfies(e -> assertThat(((UnreadableFile) e).toProblem("/x", java.util.Locale.ENGLISH).detail())
                        .startsWith("The CSV file is malformed near line").doesNotContain("encapsulated"));
    }

    /** A real workbook whose first sheet's XML is then rewritten. */
    private Path rewrittenSheet(String name, java.util.function.UnaryOperator<String> rewrite) throws IOException {
        Path plain = dir.resolve("plain-" + name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            Row row = workbook.createSheet("户").createRow(0);
            row.createCell(0).setCellValue("1407810012019000001");
            row.createCell(1).setCellValue(2);
            workbook.write(out);
        }
        Path file = dir.resolve(name);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(plain));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    bytes = rewrite.apply(new String(bytes, StandardCharsets.UTF_8)
                            .replace("<c r=\"A1\" t=\"s\"><v>0</v></c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>1407810012019000001</t></is></c>"))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return file;
    }

    private Path csvFile(String text, Charset charset, boolean bom) throws IOException {
        Path file = dir.resolve(charset.name() + (bom ? "-bom" : "") + ".csv");
        byte[] bytes = text.getBytes(charset);
        if (bom) {
            byte[] marked = new byte[bytes.length + 3];
            marked[0] = (byte) 0xEF;
            marked[1] = (byte) 0xBB;
            marked[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, marked, 3, bytes.length);
            bytes = marked;
        }
        Files.write(file, bytes);
        return file;
    }

    private List<SheetRow> read(String gbkText) throws IOException {
        return read(csvFile(gbkText, Charset.forName("GBK"), false));
    }

    private static List<SheetRow> read(Path file) {
        try (TabularReader reader = TabularReader.open(file); Stream<SheetRow> rows = reader.rows()) {
            return rows.toList();
        }
    }
}
