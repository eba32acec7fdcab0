package org.anju.funding;

import org.anju.testing.ArchitectureRules;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesFollowTheSuiteRules() {
        ArchitectureRules.verify("org.anju.funding");
    }

    @Test
    void theReadmeListsEveryRuleIdTheCodeCanAnswer() {
        RuleIds.assertReadmeListsEveryRuleId();
    }
}
