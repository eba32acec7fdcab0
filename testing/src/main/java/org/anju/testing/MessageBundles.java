package org.anju.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Holds a message bundle to its promise: every user-facing key in both languages, English
 * ({@code <base>.properties}) and Chinese ({@code <base>_zh_CN.properties}), with the same
 * {@code {n}} arguments, and no Chinese text that is still the English one. Record kinds
 * ({@code kind.*}) are named in English by the code and only translated in the Chinese bundle.
 */
public final class MessageBundles {

    private MessageBundles() {
    }

    /** {@code base} as a resource path without extension, e.g. {@code messages} or {@code org/anju/platform/i18n/platform}. */
    public static void assertBothLanguages(String base) {
        Properties english = load(base + ".properties");
        Properties chinese = load(base + "_zh_CN.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());
        onlyChinese.removeIf(key -> key.startsWith("kind."));
        Set<String> argumentsDiffer = new TreeSet<>();
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String zh = chinese.getProperty(key);
            if (zh == null) {
                continue;
            }
            if (!arguments(english.getProperty(key)).equals(arguments(zh))) {
                argumentsDiffer.add(key);
            }
            if (zh.equals(english.getProperty(key)) && zh.chars().anyMatch(Character::isLetter)
                    && zh.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                untranslated.add(key);
            }
        }
        if (!onlyEnglish.isEmpty() || !onlyChinese.isEmpty() || !argumentsDiffer.isEmpty() || !untranslated.isEmpty()) {
            throw new AssertionError(base + ": keys only in English " + onlyEnglish + ", only in Chinese " + onlyChinese
                    + ", with other arguments " + argumentsDiffer + ", not translated " + untranslated);
        }
    }

    /** Every key of the English bundle, e.g. to check that each rule id has its {@code rule.<id>} message. */
    public static Set<String> keys(String base) {
        return new TreeSet<>(load(base + ".properties").stringPropertyNames());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> arguments = new TreeSet<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        return arguments;
    }

    private static Properties load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no message bundle " + resource + " on the classpath");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
