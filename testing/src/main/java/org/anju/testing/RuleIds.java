package org.anju.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule ids a module's code can answer (the first argument of every {@code new
 * DomainRuleViolation("…")}, {@code DomainRuleViolation.of("…")}, {@code RuleViolation.of("…")} … in
 * {@code src/main/java}), so that
 * a test can hold the module's README to listing every one of them. Rule ids are written as
 * literals for this reason: clients branch on them, and they must be documented.
 */
public final class RuleIds {

    private static final Pattern RULE = Pattern.compile("\\b(?:DomainRuleViolation|RuleViolation)(?:\\.of)?\\(\\s*\"([a-z0-9]+(?:-[a-z0-9]+)*)\"");

    private RuleIds() {
    }

    public static Set<String> inSources(Path sourceRoot) {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = RULE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    rules.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Fails listing the rule ids of {@code src/main/java} that {@code README.md} does not mention (as {@code `rule-id`}). */
    public static void assertReadmeListsEveryRuleId() {
        try {
            String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
            List<String> missing = inSources(Path.of("src/main/java")).stream()
                    .filter(rule -> !readme.contains("`" + rule + "`"))
                    .toList();
            if (!missing.isEmpty()) {
                throw new AssertionError("README.md does not list these rule ids the code can answer: " + missing);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
