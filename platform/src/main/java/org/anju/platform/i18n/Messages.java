package org.anju.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The suite's message bundles, in English ({@code *.properties}) and simplified Chinese
 * ({@code *_zh_CN.properties}), read as UTF-8: the application's own {@code messages} first, then
 * the platform's {@code org.anju.platform.i18n.platform}. Keys are dotted ({@code rule.<rule-id>},
 * {@code problem.<type>.title}, {@code cell.identifier.e-notation}); texts are
 * {@link MessageFormat} patterns (a literal apostrophe is written twice).
 */
public final class Messages {

    public static final Locale EN = Locale.ENGLISH;
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(EN, ZH);

    /** The application's bundle (each application has its own {@code messages.properties}). */
    public static final String APPLICATION = "messages";
    public static final String PLATFORM = "org.anju.platform.i18n.platform";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The message in {@code locale} (Chinese for any {@code zh}, else English); an unknown key is a bug and shows as itself. */
    public static String render(Message message, Locale locale) {
        Locale language = supported(locale);
        if (message.fallback() != null && language.equals(EN)) {
            return message.fallback();
        }
        String pattern = pattern(message.key(), language);
        if (pattern == null) {
            return message.fallback() != null ? message.fallback()
                    : message.key() + (message.args().isEmpty() ? "" : " " + message.args());
        }
        Object[] args = message.args().stream()
                .map(arg -> arg instanceof Message nested ? render(nested, language) : arg)
                .toArray();
        return new MessageFormat(pattern, language).format(args);
    }

    /** The pattern of {@code key} in the language, or null when no bundle has it. */
    public static String pattern(String key, Locale language) {
        for (String base : List.of(APPLICATION, PLATFORM)) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, supported(language), Messages.class.getClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // this application has no bundle of that name
            }
        }
        return null;
    }

    /** Chinese for any {@code zh} locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /**
     * The supported language a client prefers by its {@code Accept-Language} header (RFC 9110
     * §12.5.4, weights honoured), or {@code fallback} when it names neither.
     */
    public static Locale negotiate(String acceptLanguage, Locale fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh")) {
                    return ZH;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        } catch (RuntimeException e) {
            // a malformed header is no preference (the JDK's parser throws more than IllegalArgumentException:
            // "---" is an ArrayIndexOutOfBoundsException)
        }
        return fallback;
    }
}
