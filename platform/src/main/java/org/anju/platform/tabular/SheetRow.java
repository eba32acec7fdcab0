package org.anju.platform.tabular;

import java.util.List;

/**
 * One row of the first sheet, cells by column position (0 = A), merged cells filled down from
 * their top-left cell.
 *
 * @param number the row's number as the spreadsheet shows it (the first row is 1)
 */
public record SheetRow(int number, List<Cell> cells) {

    public Cell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }
}
