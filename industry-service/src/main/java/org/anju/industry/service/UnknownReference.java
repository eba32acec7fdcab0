package org.anju.industry.service;

import jakarta.ws.rs.WebApplicationException;

/**
 * A request names a household, site or workshop this service does not know (422): the body is
 * well-formed but refers to nothing, e.g. a household not (yet) replicated from households.v1.
 */
public class UnknownReference extends WebApplicationException {

    public static final int UNPROCESSABLE_CONTENT = 422;

    public UnknownReference(String message) {
        super(message, UNPROCESSABLE_CONTENT);
    }
}
