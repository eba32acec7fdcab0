package org.anju.platform.tabular;

import org.anju.platform.i18n.Message;

/**
 * A cell that does not hold what its column needs; the message says what is wrong and what to do,
 * never repeating the cell's value (it may be personal data). Importers report it as a row error
 * of the column.
 */
public class CellProblem extends RuntimeException {

    private final transient Message reason;

    public CellProblem(Message reason) {
        super(reason.english(), null, false, false);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
