package org.anju.platform.problem;

import org.anju.platform.i18n.Message;

import java.util.List;
import java.util.Locale;

/**
 * Input that fails a check outside Bean Validation (a spreadsheet cell, a header, a value that
 * needs the programme's configuration): a 400 validation problem naming the field, shaped like
 * Bean Validation's, e.g. {@code throw new InvalidInput("cursor", Message.of("input.cursor"))}.
 */
public class InvalidInput extends ProblemException {

    private final String field;
    private final Message reason;

    public InvalidInput(String field, Message reason) {
        super(ProblemType.VALIDATION, Message.of("problem.invalid-field", field, reason));
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    /** What is wrong with the field, without the field's name. */
    public Message reason() {
        return reason;
    }

    /** The same reason for another field (e.g. the JSON path a value type was read from). */
    public InvalidInput at(String otherField) {
        return new InvalidInput(otherField, reason);
    }

    @Override
    public Problem toProblem(String instance, Locale locale) {
        return super.toProblem(instance, locale).withErrors(List.of(new Problem.FieldError(field, reason.in(locale))));
    }
}
