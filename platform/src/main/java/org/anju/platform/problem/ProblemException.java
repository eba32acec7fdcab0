package org.anju.platform.problem;

/**
 * An expected failure that becomes a problem response of its own type; the message is the
 * problem's {@code detail}, so it must be fit for a client to read (no personal data).
 * Such failures are answers, not faults: no stack trace is captured.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;

    public ProblemException(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public Problem toProblem(String instance) {
        return Problem.of(type, getMessage(), instance);
    }
}
