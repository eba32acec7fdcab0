package org.anju.funding;

import org.anju.funding.domain.Account;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.Purpose;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;
import org.anju.testing.MessageBundles;
import org.anju.testing.RuleIds;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a person reads from this service, in Chinese and in English. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /** {@code Message.of("key"} and the parts an incomplete entry names ({@code require(value, "part")}). */
    private static final Pattern MESSAGE_KEY = Pattern.compile("Message\\.of\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]");
    private static final Pattern ENTRY_PART = Pattern.compile("require\\([^;]*?,\\s*\"([a-z-]+)\"\\)");

    @Test
    void everyMessageIsInBothLanguagesWithTheSameArguments() {
        MessageBundles.assertBothLanguages("messages");
    }

    @Test
    void everyRuleTheCodeCanAnswerIsExplainedByTheBundles() {
        Set<String> keys = MessageBundles.keys("messages");

        assertThat(RuleIds.inSources(SOURCES)).contains("no-overdraw", "entry-document-unique")
                .allSatisfy(rule -> assertThat(keys).contains("rule." + rule));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundlesOfBothLanguages() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                named.addAll(matches(MESSAGE_KEY, source, ""));
                named.addAll(matches(ENTRY_PART, source, "entry.part."));
            }
        }
        Stream.of(EntryKind.values()).map(EntryKind::named).map(Message::key).forEach(named::add);
        Stream.of(Account.values()).map(Account::named).map(Message::key).forEach(named::add);
        Stream.of(Purpose.values()).map(Purpose::named).map(Message::key).forEach(named::add);

        assertThat(named).contains("input.unknown-fund-source", "entry.part.document-number", "purpose.OTHER")
                .allSatisfy(key -> {
                    assertThat(Messages.pattern(key, Messages.EN)).as(key).isNotNull();
                    assertThat(Messages.pattern(key, Messages.ZH)).as(key).isNotNull();
                });
    }

    private static List<String> matches(Pattern pattern, String source, String prefix) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            found.add(prefix + matcher.group(1));
        }
        return found;
    }
}
