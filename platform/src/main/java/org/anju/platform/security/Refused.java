package org.anju.platform.security;

import io.quarkus.security.ForbiddenException;
import org.anju.platform.i18n.Message;

/** A 403 that says what the caller's scope does not allow, in the caller's language. */
public class Refused extends ForbiddenException {

    private final transient Message reason;

    public Refused(Message reason) {
        super(reason.english());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
