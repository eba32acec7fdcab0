package org.anju.industry;

import org.anju.testing.ArchitectureRules;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesFollowTheSuiteRules() {
        ArchitectureRules.verify("org.anju.industry");
    }

    @Test
    void theReadmeListsEveryRuleIdTheServiceCanAnswer() {
        RuleIds.assertReadmeListsEveryRuleId();
    }
}
