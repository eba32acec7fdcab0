package org.anju.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.anju.platform.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * Beyond the standard members it may carry {@code rule} (the broken domain rule of a 409),
 * {@code errorId} (quoted by a caller reporting a 500; the log has the stack trace under it) and
 * {@code errors} (one entry per invalid field of a 400).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      String rule, String errorId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: {@code field} is the path the client sent, e.g. {@code members[0].idNumber}. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, Messages.EN);
    }

    /** A problem whose title is in {@code locale} (the detail is given in it already). */
    public static Problem of(ProblemType type, String detail, String instance, Locale locale) {
        return new Problem(type.uri(), type.title(locale), type.status(), detail, instance, null, null, null);
    }

    public Problem withRule(String rule) {
        return new Problem(type, title, status, detail, instance, rule, errorId, errors);
    }

    public Problem withErrorId(String errorId) {
        return new Problem(type, title, status, detail, instance, rule, errorId, errors);
    }

    public Problem withErrors(List<FieldError> errors) {
        return new Problem(type, title, status, detail, instance, rule, errorId, List.copyOf(errors));
    }
}
