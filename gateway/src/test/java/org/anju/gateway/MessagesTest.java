package org.anju.gateway;

import org.anju.gateway.domain.Counter;
import org.anju.gateway.domain.DataQualityRules;
import org.anju.gateway.domain.FindingRule;
import org.anju.gateway.domain.IndicatorCatalogue;
import org.anju.gateway.domain.IndicatorDefinition;
import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.DomainRuleViolation;
import org.anju.testing.MessageBundles;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a person reads from the gateway is in its bundles, in Chinese and English alike. */
class MessagesTest {

    private static final Set<String> KEYS = MessageBundles.keys("messages");

    @Test
    void everyMessageAndEveryValidationMessageIsInBothLanguages() {
        MessageBundles.assertBothLanguages("messages");
        MessageBundles.assertBothLanguages("ValidationMessages");
    }

    @Test
    void everyRuleTheGatewayCanAnswerIsExplained() {
        assertThat(RuleIds.inSources(Path.of("src/main/java"))).isNotEmpty()
                .allSatisfy(rule -> assertThat(KEYS).contains("rule." + rule));
        assertThat(DomainRuleViolation.of("rebuild-already-running", "2026-11-30T05:00:00Z").detail(Messages.ZH))
                .isEqualTo("始于 2026-11-30T05:00:00Z 的投影重建仍在进行中");
        assertThat(DomainRuleViolation.of("rebuild-already-running", "2026-11-30T05:00:00Z").getMessage())
                .isEqualTo("A rebuild started at 2026-11-30T05:00:00Z is still running");
    }

    @Test
    void everyIndicatorHasItsLabelAndDefinitionsAndNothingElseIsKeptForIndicators() {
        Set<String> expected = new TreeSet<>();
        for (IndicatorDefinition indicator : IndicatorCatalogue.standard().all()) {
            expected.add("indicator." + indicator.id() + ".label");
            expected.add("indicator." + indicator.id() + ".numerator");
            if (indicator.isRate()) {
                expected.add("indicator." + indicator.id() + ".denominator");
            }
        }
        assertThat(KEYS.stream().filter(key -> key.startsWith("indicator.")).toList()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyDataQualityRuleHasItsTitleAndItsFindingAndEveryPopulationItsName() {
        for (FindingRule rule : FindingRule.values()) {
            assertThat(KEYS).contains("finding." + rule.id(), "finding." + rule.id() + ".title");
        }
        for (Counter population : DataQualityRules.populations()) {
            assertThat(KEYS).contains("counter." + population.key());
        }
    }

    @Test
    void everyKindOfRecordTheGatewayCannotFindIsNamedInChinese() throws IOException {
        List<String> kinds = new ArrayList<>();
        Pattern notFound = Pattern.compile("new ResourceNotFound\\(\"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = notFound.matcher(Files.readString(source));
                while (matcher.find()) {
                    kinds.add(matcher.group(1));
                }
            }
        }
        assertThat(kinds).contains("indicator", "site with relocated households")
                .allSatisfy(kind -> assertThat(Messages.pattern("kind." + kind.toLowerCase(Locale.ROOT), Messages.ZH))
                        .as("kind.%s in messages_zh_CN.properties", kind).isNotBlank());
    }
}
