package org.anju.industry;

import org.anju.testing.MessageBundles;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything industry-service tells people is in both languages, every rule it can answer explained. */
class MessagesTest {

    @Test
    void everyMessageIsInEnglishAndChineseWithTheSameArguments() {
        MessageBundles.assertBothLanguages("messages");
        MessageBundles.assertBothLanguages("ValidationMessages");
    }

    @Test
    void everyRuleTheServiceCanAnswerIsExplained() {
        Set<String> keys = MessageBundles.keys("messages");

        assertThat(RuleIds.inSources(Path.of("src/main/java")))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(keys).as("messages.properties").contains("rule." + rule));
    }
}
