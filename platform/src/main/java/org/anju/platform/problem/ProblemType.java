package org.anju.platform.problem;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.anju.platform.i18n.Messages;

import java.util.Locale;

/**
 * The kinds of problem the suite reports. Each has a stable type URI (a URN: it identifies the
 * kind, it is not a page to fetch), a fixed status and a short title; the detail says what
 * exactly went wrong.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "The request is invalid"),
    MALFORMED_BODY(400, "malformed-body", "The request body is not valid JSON for this operation"),
    INVALID_IDEMPOTENCY_KEY(400, "invalid-idempotency-key", "The Idempotency-Key header is invalid"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Access denied"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    DOMAIN_RULE(409, "domain-rule", "A domain rule forbids this change"),
    IDEMPOTENCY_IN_PROGRESS(409, "idempotency-in-progress", "A request with this Idempotency-Key is still in progress"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed since it was read"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was already used with another request body"),
    UNREADABLE_FILE(422, "unreadable-file", "The file cannot be read"),
    UNKNOWN_REFERENCE(422, "unknown-reference", "The request refers to a record that is not known here"),
    INTERNAL(500, "internal", "Internal server error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private static final String URN_PREFIX = "urn:anju:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    /** The title in {@code locale} (zh-CN or en), from the message bundles ({@code problem.<slug>.title}). */
    public String title(Locale locale) {
        String localized = Messages.pattern("problem." + slug + ".title", Messages.supported(locale));
        return localized != null ? localized.replace("''", "'") : title;
    }

    /**
     * The problem for a bare HTTP status (a framework or Vert.x rejection that carries nothing
     * else); a status without a type of its own becomes {@code about:blank} with the status
     * phrase as its title, as RFC 9457 prescribes.
     */
    public static Problem problemFor(int status, String detail, String instance) {
        return problemFor(status, detail, instance, Messages.EN);
    }

    /** {@link #problemFor(int, String, String)} with the title in {@code locale}. */
    public static Problem problemFor(int status, String detail, String instance, Locale locale) {
        ProblemType type = switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 500 -> INTERNAL;
            case 503 -> UNAVAILABLE;
            default -> null;
        };
        if (type != null) {
            return Problem.of(type, detail, instance, locale);
        }
        String phrase = HttpResponseStatus.valueOf(status).reasonPhrase();
        return new Problem("about:blank", phrase, status, detail, instance, null, null, null);
    }
}
