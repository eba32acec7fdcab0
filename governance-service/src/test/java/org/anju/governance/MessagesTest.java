package org.anju.governance;

import org.anju.governance.domain.ActivityKind;
import org.anju.governance.domain.AwardKind;
import org.anju.governance.domain.BranchRole;
import org.anju.governance.domain.FacilityStatus;
import org.anju.governance.domain.FacilityType;
import org.anju.governance.domain.Labels;
import org.anju.governance.domain.RequestCategory;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.domain.RuleKind;
import org.anju.platform.i18n.Messages;
import org.anju.platform.problem.ResourceNotFound;
import org.anju.testing.MessageBundles;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything the service says to people is in English and in Chinese. */
class MessagesTest {

    /** The codes the rules' messages name (through {@link Labels}). */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(ActivityKind.class, AwardKind.class,
            BranchRole.class, RuleKind.class, FacilityType.class, FacilityStatus.class, RequestCategory.class,
            RequestStatus.class);
    /** What the services call their records in a 404. */
    private static final List<String> KINDS = List.of("Activity", "Award", "Facility", "Party branch", "Request",
            "Standard of site");

    @Test
    void everyMessageIsInBothLanguagesWithTheSameArguments() {
        MessageBundles.assertBothLanguages("messages");
    }

    @Test
    void everyRuleTheServiceCanAnswerIsExplained() {
        Set<String> keys = MessageBundles.keys("messages");
        Set<String> rules = RuleIds.inSources(Path.of("src/main/java"));
        assertThat(rules).isNotEmpty();
        assertThat(rules).allSatisfy(rule -> assertThat(keys).contains("rule." + rule));
    }

    @Test
    void everyCodeAMessageNamesHasItsChineseName() {
        Set<String> keys = MessageBundles.keys("messages");
        LABELLED.stream().flatMap(type -> Arrays.stream(type.getEnumConstants())).forEach(code -> {
            assertThat(keys).contains(Labels.key(code));
            assertThat(Labels.of(code).english()).isEqualTo(code.name());
            assertThat(Labels.of(code).in(Messages.ZH)).matches(MessagesTest::isChinese);
        });
    }

    @Test
    void everyRecordANotFoundNamesHasItsChineseName() {
        UUID id = UUID.randomUUID();
        assertThat(KINDS).allSatisfy(kind -> {
            ResourceNotFound notFound = new ResourceNotFound(kind, id);
            assertThat(notFound.detail(Messages.EN)).isEqualTo(kind + " " + id + " does not exist");
            assertThat(notFound.detail(Messages.ZH)).doesNotContain(kind).matches(MessagesTest::isChinese);
        });
    }

    static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
