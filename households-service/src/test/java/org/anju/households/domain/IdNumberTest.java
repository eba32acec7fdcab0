package org.anju.households.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    @Test
    void aNumberWithTheRightCheckDigitIsValid() {
        assertThat(IdNumber.problem("140723196504121238")).isEmpty();
        assertThat(IdNumber.problem("11010519491231002X")).isEmpty();
    }

    @Test
    void aMistypedNumberFailsTheCheckDigit() {
        assertThat(IdNumber.problem("140723196504121239")).get().asString().contains("check digit");
    }

    @Test
    void aNumberOfTheWrongShapeIsRejected() {
        assertThat(IdNumber.problem("1407231965041212")).isPresent();
        assertThat(IdNumber.problem("14072319650412123x")).isPresent();
        assertThat(IdNumber.problem(null)).isPresent();
    }

    @Test
    void anImpossibleBirthDateIsRejected() {
        // 1965-02-30, with a correct check digit for those digits
        assertThat(IdNumber.problem("140723196502301235")).get().asString().contains("birth date");
    }

    @Test
    void birthDateAndSexComeFromTheNumber() {
        assertThat(IdNumber.birthDateOf("140723196504121238")).isEqualTo(LocalDate.of(1965, 4, 12));
        assertThat(IdNumber.sexOf("140723196504121238")).isEqualTo(Sex.MALE);
        assertThat(IdNumber.sexOf("140723196708150022")).isEqualTo(Sex.FEMALE);
    }

    @Test
    void problemMessagesNeverRepeatTheNumber() {
        assertThat(IdNumber.problem("140723196504121239")).get().asString().doesNotContain("1407231965");
    }
}
