package org.anju.platform.tabular;

/**
 * A cell that does not hold what its column needs; the message says what is wrong and what to do,
 * never repeating the cell's value (it may be personal data). Importers report it as a row error
 * of the column.
 */
public class CellProblem extends RuntimeException {

    public CellProblem(String message) {
        super(message, null, false, false);
    }
}
