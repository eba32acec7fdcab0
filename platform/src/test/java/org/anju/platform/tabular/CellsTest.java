package org.anju.platform.tabular;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.40781E+18", "1.40781e18", "1.4078100120190001E+18", "14078119530303900.0", "1407.81"})
    void identifiersThatExcelTurnedIntoNumbersAreRefusedWithTheTextHint(String text) {
        assertThatThrownBy(() -> Cells.identifier(Cell.text(text)))
                .isInstanceOf(CellProblem.class).hasMessageContaining("format the column as text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=\"J6-0001\"", "=A2", "＝\"J6-0001\""})
    void aFormulaIsNotAnIdentifier(String text) {
        assertThatThrownBy(() -> Cells.identifier(Cell.text(text)))
                .isInstanceOf(CellProblem.class).hasMessageContaining("spreadsheet formula");
    }

    @Test
    void aNumberCellHoldsAnIdentifierOnlyWhenExcelKeptEveryDigit() {
        assertThat(Cells.identifier(Cell.number(new BigDecimal("13800000000")))).isEqualTo("13800000000");
        assertThat(Cells.identifier(Cell.number(new BigDecimal("140781")))).isEqualTo("140781");
        assertThatThrownBy(() -> Cells.identifier(Cell.number(new BigDecimal("1.4078100120190001E+18"))))
                .isInstanceOf(CellProblem.class).hasMessageContaining("15 digits");
        assertThatThrownBy(() -> Cells.identifier(Cell.number(new BigDecimal("1234567890123456"))))
                .isInstanceOf(CellProblem.class);
    }

    @Test
    void identifiersTypedWithAnImeAreNormalised() {
        assertThat(Cells.identifier(Cell.text("１４０７８１１９５３０３０３９００Ｘ\u00a0"))).isEqualTo("14078119530303900X");
        assertThat(Cells.identifier(Cell.text("\u3000"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-03-05", "2019/3/5", "2019.3.5", "2019年3月5日", "２０１９年３月５日", "20190305", "43529",
            "2019/3/5 0:00", " 2019-3-5 "})
    void datesAreReadInTheFormsCountyOfficesWriteThem(String text) {
        assertThat(Cells.date(Cell.text(text))).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @Test
    void dateCellsAndSerialNumbersAreDates() {
        assertThat(Cells.date(Cell.date(LocalDate.of(2019, 3, 5)))).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(Cells.date(Cell.number(new BigDecimal("43529")))).isEqualTo(LocalDate.of(2019, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-30", "3/5/2019", "2019", "yesterday", "43529.5", "5"})
    void anythingElseInADateColumnIsRefused(String text) {
        assertThatThrownBy(() -> Cells.date(Cell.text(text))).isInstanceOf(CellProblem.class);
    }

    @Test
    void yesNoAndChoicesTakeCodesAndChineseLabels() {
        assertThat(Cells.yesNo(Cell.text("是"))).isTrue();
        assertThat(Cells.yesNo(Cell.text("n"))).isFalse();
        assertThat(Cells.yesNo(Cell.bool(true))).isTrue();
        assertThatThrownBy(() -> Cells.yesNo(Cell.text("maybe"))).isInstanceOf(CellProblem.class);
        Map<String, String> categories = new LinkedHashMap<>();
        categories.put("REGISTERED_POOR", "建档立卡户");
        categories.put("CO_RELOCATED", "同步搬迁户");
        Column category = Column.choice("category", "类别", "Category", true, categories, "", "建档立卡户");
        assertThat(Cells.choice(Cell.text("建档立卡户"), category)).isEqualTo("REGISTERED_POOR");
        assertThat(Cells.choice(Cell.text("co_relocated"), category)).isEqualTo("CO_RELOCATED");
        assertThatThrownBy(() -> Cells.choice(Cell.text("贫困户"), category)).isInstanceOf(CellProblem.class)
                .hasMessageContaining("建档立卡户、同步搬迁户");
    }

    @Test
    void textKeepsItsCharactersButLosesSurroundingSpaces() {
        assertThat(Cells.text(Cell.text("\u3000测试𠮷丽\u00a0"))).isEqualTo("测试𠮷丽");
        assertThat(Cells.text(Cell.number(new BigDecimal("2")))).isEqualTo("2");
        assertThat(Cells.text(Cell.BLANK)).isNull();
    }
}
