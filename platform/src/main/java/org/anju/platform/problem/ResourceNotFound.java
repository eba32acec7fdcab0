package org.anju.platform.problem;

import org.anju.platform.i18n.Message;

import java.util.Locale;

/**
 * The addressed resource does not exist (404), e.g. {@code throw new ResourceNotFound("household", id)};
 * the kind is shown through the bundles' {@code kind.<kind>} when they name it.
 */
public class ResourceNotFound extends ProblemException {

    public ResourceNotFound(String kind, Object id) {
        super(ProblemType.NOT_FOUND, Message.of("problem.not-found", Message.named("kind." + kind.toLowerCase(Locale.ROOT), kind), String.valueOf(id)));
    }
}
