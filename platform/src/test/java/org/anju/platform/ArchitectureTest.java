package org.anju.platform;

import org.anju.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void onlyTheProgrammeClockReadsTheSystemClockAndOnlyCountyCodeSpellsOutACountyCode() {
        ArchitectureRules.verifyPlatform();
    }
}
