package org.anju.platform.problem;

/** The addressed resource does not exist (404), e.g. {@code throw new ResourceNotFound("household", id)}. */
public class ResourceNotFound extends ProblemException {

    public ResourceNotFound(String kind, Object id) {
        super(ProblemType.NOT_FOUND, kind + " " + id + " does not exist");
    }
}
