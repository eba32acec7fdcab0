package org.anju.platform.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for people, by its key in the message bundles and its arguments, rendered in the reader's
 * language only when it is shown ({@link Messages}). Arguments are shown as given: pass codes and
 * ids as strings (a number argument is formatted for the language, with digit grouping).
 * <pre>
 * throw new DomainRuleViolation(Message.of("rule.move-in-requires-housing", registryNumber, status.name()));
 * </pre>
 */
public record Message(String key, List<Object> args, String fallback) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(arg -> arg == null ? "—" : arg).toList(), null);
    }

    /**
     * A name given in English ({@code fallback}, e.g. a record kind "Facility") that the Chinese
     * bundle translates under {@code key} ({@code kind.facility}); shown as given where it does not.
     */
    public static Message named(String key, String fallback) {
        return new Message(key, List.of(), fallback);
    }

    /** In English: for logs and other places that read no Accept-Language. */
    public String english() {
        return Messages.render(this, Messages.EN);
    }

    public String in(Locale locale) {
        return Messages.render(this, locale);
    }

    @Override
    public String toString() {
        return english();
    }
}
