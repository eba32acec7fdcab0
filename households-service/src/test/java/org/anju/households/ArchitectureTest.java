package org.anju.households;

import org.anju.testing.ArchitectureRules;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesFollowTheSuiteRules() {
        ArchitectureRules.verify("org.anju.households");
    }

    @Test
    void theReadmeListsEveryRuleIdTheServiceAnswers() {
        RuleIds.assertReadmeListsEveryRuleId();
    }
}
