package org.anju.platform.programme;

import org.anju.platform.problem.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountyCodeTest {

    @Test
    void aCountyOfTheProgrammeIsAccepted() {
        assertThat(CountyCode.of("140723", "county").code()).isEqualTo("140723");
        assertThat(CountyCode.valueOf("140781")).isEqualTo(CountyCode.of("140781", "county"));
    }

    @Test
    void fullWidthDigitsAndUnicodeSpacesAreReadAsTheCodeTheyShow() {
        assertThat(CountyCode.of("\u3000１４０７２３\u00a0", "county").code()).isEqualTo("140723");
        assertThat(CountyCode.of("\ufeff140702 ", "county").code()).isEqualTo("140702");
    }

    @Test
    void aWellFormedCodeOutsideTheProgrammeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CountyCode.of("140799", "members[0].county"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("members[0].county");
                    assertThat(e.reason().english()).contains("140799 is not a county of this programme").contains("140723");
                });
    }

    @Test
    void theCityItselfIsNotACounty() {
        assertThatThrownBy(() -> CountyCode.of("140700", "county"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason().english()).contains("is the city itself"));
    }

    @Test
    void somethingThatIsNotASixDigitCodeIsRefused() {
        for (String bad : new String[]{"", "14072", "1407230", "14O723", "1.40723E+5", "140,723", "１４０７２"}) {
            assertThatThrownBy(() -> CountyCode.of(bad, "county")).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason().english()).contains("6-digit county code"));
        }
        assertThatThrownBy(() -> CountyCode.of(null, "county")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anAbsentOptionalCountyIsNull() {
        assertThat(CountyCode.ofNullable(null, "county")).isNull();
        assertThat(CountyCode.ofNullable(" \u3000", "county")).isNull();
        assertThat(CountyCode.ofNullable("140723", "county")).isEqualTo(CountyCode.valueOf("140723"));
    }

    @Test
    void theDivisionsAreTheProgrammesConfiguredOnes() {
        AdministrativeDivisions divisions = AdministrativeDivisions.programme();
        assertThat(divisions.city()).isEqualTo("140700");
        assertThat(divisions.countiesInOrder()).hasSize(11).startsWith("140702").endsWith("140781");
    }
}
