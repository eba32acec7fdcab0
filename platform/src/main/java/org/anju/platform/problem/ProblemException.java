package org.anju.platform.problem;

import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.Messages;

import java.util.Locale;

/**
 * An expected failure that becomes a problem response of its own type; its detail is a
 * {@link Message}, shown in the caller's language (zh-CN or en), so it must be fit for a client to
 * read (no personal data). Such failures are answers, not faults: no stack trace is captured. The
 * exception's own message is the English detail, for logs.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Message detail;

    public ProblemException(ProblemType type, Message detail) {
        super(detail.english(), null, false, false);
        this.type = type;
        this.detail = detail;
    }

    /** A detail in English only; prefer a {@link Message}, which is also shown in Chinese. */
    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
        this.detail = null;
    }

    public ProblemType type() {
        return type;
    }

    /** The detail as a message (to store and show later in a reader's language), or null when it is English text only. */
    public Message message() {
        return detail;
    }

    /** The detail in {@code locale}. */
    public String detail(Locale locale) {
        return detail == null ? getMessage() : Messages.render(detail, locale);
    }

    public Problem toProblem(String instance, Locale locale) {
        return Problem.of(type, detail(locale), instance, locale);
    }

    public Problem toProblem(String instance) {
        return toProblem(instance, Messages.EN);
    }
}
