package org.anju.funding.service;

import org.anju.platform.problem.InvalidInput;
import org.anju.platform.problem.Problem;

/**
 * A source that is not one of the fund sources: a 400 naming the field, whose detail also says
 * which source and where the sources are listed (InvalidInput's own detail names the field only).
 */
final class UnknownFundSource extends InvalidInput {

    UnknownFundSource(String field, String source) {
        super(field, "Unknown fund source " + source + "; GET /api/v1/sources lists them");
    }

    @Override
    public Problem toProblem(String instance) {
        Problem problem = super.toProblem(instance);
        return new Problem(problem.type(), problem.title(), problem.status(), reason(), problem.instance(),
                problem.rule(), problem.errorId(), problem.errors());
    }
}
