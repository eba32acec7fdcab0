package org.anju.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void fullWidthFormsBecomeAscii() {
        assertThat(Identifiers.normalise("１４０７８１１９５３０３０３９００Ｘ")).isEqualTo("14078119530303900X");
    }

    @Test
    void everyKindOfSpaceIsTrimmedFromBothEnds() {
        assertThat(Identifiers.normalise("\u00a0\u3000\u2003 abc\t\u200b\ufeff")).isEqualTo("abc");
    }

    @Test
    void innerSpacesAndCharactersOutsideTheBmpStay() {
        assertThat(Identifiers.normalise(" 𠮷 野 ")).isEqualTo("𠮷 野");
    }

    @Test
    void nullStaysNull() {
        assertThat(Identifiers.normalise(null)).isNull();
    }
}
