package org.anju.governance;

import org.anju.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesFollowTheSuiteRules() {
        ArchitectureRules.verify("org.anju.governance");
    }
}
