package org.anju.households;

import org.anju.testing.MessageBundles;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a person reads from this service is in both languages. */
class MessagesTest {

    @Test
    void everyMessageIsInEnglishAndChineseWithTheSameArguments() {
        MessageBundles.assertBothLanguages("messages");
        MessageBundles.assertBothLanguages("ValidationMessages");
    }

    @Test
    void everyRuleTheServiceCanAnswerIsExplainedByItsBundleKey() {
        Set<String> keys = MessageBundles.keys("messages");
        assertThat(RuleIds.inSources(Path.of("src/main/java")))
                .isNotEmpty()
                .allSatisfy(rule -> assertThat(keys).as("messages.properties").contains("rule." + rule));
    }
}
