package org.anju.platform.problem;

import java.util.List;

/**
 * Input that fails a check outside Bean Validation (a spreadsheet cell, a header, a value that
 * needs the programme's configuration): a 400 validation problem naming the field, shaped like
 * Bean Validation's, e.g. {@code throw new InvalidInput("county", "140799 is not a county of this programme")}.
 */
public class InvalidInput extends ProblemException {

    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super(ProblemType.VALIDATION, "Invalid input: " + field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without the field's name. */
    public String reason() {
        return reason;
    }

    @Override
    public Problem toProblem(String instance) {
        return super.toProblem(instance).withErrors(List.of(new Problem.FieldError(field, reason)));
    }
}
