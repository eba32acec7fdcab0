package org.anju.households.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.anju.platform.i18n.Message;
import org.anju.platform.problem.RuleViolation;
import org.anju.platform.tabular.Cell;
import org.anju.platform.tabular.CellProblem;
import org.anju.platform.tabular.Cells;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;
import org.anju.platform.text.Identifiers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of one household in an import file and everything wrong with them, one error per cell
 * (the first reason found). A household with any error is imported not at all: nothing of it is
 * half-applied. Errors name the row and the column, the rule broken where one was (the id the JSON
 * API answers with), and never repeat a cell's value.
 */
abstract class RowGroup {

    /**
     * Why a cell was not imported; {@code rule} is the domain rule broken, null for a value that could
     * not be read; {@code reason} a {@link Message}, a {@link ConstraintViolation} or a stored message.
     */
    record Error(int row, String column, String rule, Object reason) {
    }

    private final List<SheetRow> rows;
    private final Header header;
    private final List<Error> errors = new ArrayList<>();
    private final Set<String> cellsInError = new HashSet<>();
    private boolean laterPlace;

    RowGroup(List<SheetRow> rows, Header header) {
        this.rows = List.copyOf(rows);
        this.header = header;
    }

    List<SheetRow> rows() {
        return rows;
    }

    SheetRow firstRow() {
        return rows.get(0);
    }

    Cell cell(SheetRow row, Column column) {
        return header.cell(row, column);
    }

    /** Reads a cell of {@code row}; a cell that cannot be read is an error of its column, and null. */
    <T> T read(SheetRow row, Column column, Function<Cell, T> reader) {
        try {
            return reader.apply(cell(row, column));
        } catch (CellProblem problem) {
            error(row, column.key(), null, problem.reason());
            return null;
        }
    }

    String text(SheetRow row, Column column) {
        return read(row, column, Cells::text);
    }

    String identifier(SheetRow row, Column column) {
        return read(row, column, Cells::identifier);
    }

    LocalDate date(SheetRow row, Column column) {
        return read(row, column, Cells::date);
    }

    /** A yes/no cell; blank is no. */
    boolean yesNo(SheetRow row, Column column) {
        return Boolean.TRUE.equals(read(row, column, Cells::yesNo));
    }

    String choice(SheetRow row, Column column) {
        return read(row, column, cell -> Cells.choice(cell, column));
    }

    /**
     * Columns that hold one value for the whole household (its own columns, as a sheet repeats or
     * merges them over its rows, or fills them on its first row only): a blank cell on a later row
     * means "as the first row"; a row that says otherwise than the first is an error, never
     * silently overruled.
     */
    void requireSameOnEveryRow(List<Column> columns) {
        SheetRow first = firstRow();
        for (SheetRow row : rows.subList(1, rows.size())) {
            for (Column column : columns) {
                String value = Cells.text(cell(row, column));
                if (!isBlank(value) && !Objects.equals(Cells.text(cell(first, column)), value)) {
                    error(row, column.key(), null, Message.of("import.differs-from-first-row", String.valueOf(first.number())));
                }
            }
        }
    }

    private static boolean isBlank(String text) {
        String trimmed = Identifiers.trim(text);
        return trimmed == null || trimmed.isEmpty();
    }

    /** A broken rule, at the cell its field names. */
    void report(RuleViolation violation) {
        report(violation.field(), violation.rule(), violation.message());
    }

    /** A constraint the household's command breaks, at the cell its path names. */
    void report(ConstraintViolation<?> violation) {
        report(pathOf(violation), null, violation);
    }

    /** An error at the cell a path into the household's command names (each kind of file knows its own). */
    abstract void report(String path, String rule, Object reason);

    /** Records an error unless its cell already has one: the first reason is the one reported. */
    void error(SheetRow row, String column, String rule, Object reason) {
        if (cellsInError.add(row.number() + "\u001f" + column)) {
            errors.add(new Error(row.number(), column, rule, reason));
        }
    }

    /** These rows are a later place of a household whose rows stand in several places: the household is counted at its first. */
    void markLaterPlace() {
        laterPlace = true;
    }

    /** Whether this group is a household of its own in the job's counts (not a later place of one counted already). */
    boolean countsAsHousehold() {
        return !laterPlace;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<Error> errors() {
        return errors;
    }

    /** The client's path of a constraint violation, as the JSON API reports it: {@code members[1].idNumber}. */
    private static String pathOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }
}
