package org.anju.households.service;

import org.anju.platform.i18n.Message;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.Header;
import org.anju.platform.tabular.SheetRow;
import org.anju.platform.tabular.SheetTemplate;

import java.util.List;

/**
 * One run of an import job, as its kind of file needs it ({@link HouseholdImport},
 * {@link HouseholdUpdateImport}); {@link ImportRunner} reads the file, groups each household's rows
 * and commits the households in chunks. Holds what the run remembers across chunks.
 *
 * @param <G> a household's rows as this kind of file reads them
 */
interface ImportPass<G extends RowGroup> {

    /** The file's columns (the registry number first: it groups a household's rows) and its template. */
    SheetTemplate template();

    default List<Column> columns() {
        return template().columns();
    }

    /** Reads one household's rows and checks what needs no database. */
    G read(List<SheetRow> rows, Header header);

    /**
     * Checks the chunk's households against the registry and applies the valid ones, in the current
     * transaction. {@code firstAttempt} is false when a failed chunk is retried household by household:
     * checks of the file as a whole already ran and are not repeated.
     */
    void apply(List<G> chunk, boolean firstAttempt);

    /** The row error of a household that still fails when applied alone (a conflict with a concurrent change). */
    Message conflict();
}
