package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.anju.households.domain.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    @Test
    void aNumberWithTheRightCheckDigitIsValid() {
        assertThat(IdNumber.problem("140723196504121238", TODAY)).isEmpty();
        assertThat(IdNumber.problem("11010519491231002X", TODAY)).isEmpty();
    }

    @Test
    void aMistypedNumberFailsTheCheckDigit() {
        assertThat(IdNumber.problem("140723196504121239", TODAY)).get().asString().contains("check digit");
    }

    @Test
    void aNumberOfTheWrongShapeIsRejected() {
        assertThat(IdNumber.problem("1407231965041212", TODAY)).isPresent();
        assertThat(IdNumber.problem("14072319650412123x", TODAY)).isPresent();
        assertThat(IdNumber.problem(null, TODAY)).isPresent();
    }

    @Test
    void anImpossibleBirthDateIsRejected() {
        // 1965-02-30, with a correct check digit for those digits
        assertThat(IdNumber.problem("140723196502301235", TODAY)).get().asString().contains("birth date");
    }

    @Test
    void birthDateAndSexComeFromTheNumber() {
        assertThat(IdNumber.birthDateOf("140723196504121238")).isEqualTo(LocalDate.of(1965, 4, 12));
        assertThat(IdNumber.sexOf("140723196504121238")).isEqualTo(Sex.MALE);
        assertThat(IdNumber.sexOf("140723196708150022")).isEqualTo(Sex.FEMALE);
    }

    @Test
    void problemMessagesNeverRepeatTheNumber() {
        assertThat(IdNumber.problem("140723196504121239", TODAY)).get().asString().doesNotContain("1407231965");
    }

    @Test
    void aBirthDateAfterTheProgrammesTodayIsNotPlausible() {
        // born 2019-03-06, the day after TODAY
        String bornTomorrow = "14072320190306123" + IdNumber.checkCharacter("14072320190306123");
        assertThat(IdNumber.problem(bornTomorrow, TODAY)).get().asString().contains("not plausible");
        assertThat(IdNumber.problem(bornTomorrow, TODAY.plusDays(1))).isEmpty();
    }

    @Test
    void aNumberIsReadAsPeopleTypeIt() {
        assertThat(IdNumber.normalise("11010519491231002x")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalise("１４０７２３１９６５０４１２１２３８")).isEqualTo("140723196504121238");
        assertThat(IdNumber.normalise("11010519491231002ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalise("\u3000140723196504121238\u00A0")).isEqualTo("140723196504121238");
        assertThat(IdNumber.normalise(null)).isNull();
    }
}
