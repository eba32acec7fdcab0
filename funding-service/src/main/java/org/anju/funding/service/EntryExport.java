package org.anju.funding.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.repository.LedgerEntryRepository;
import org.anju.platform.i18n.Message;
import org.anju.platform.i18n.RequestLocale;
import org.anju.platform.money.Money;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.security.CountyScope;
import org.anju.platform.tabular.Column;
import org.anju.platform.tabular.SpreadsheetWriter;
import org.anju.platform.tabular.TabularFormat;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ledger as a spreadsheet, one entry per row, streamed from the database, with the headers in
 * the caller's language (English: the API's field names): CSV in UTF-8 with a byte order mark (so
 * Excel reads the Chinese; amounts as {@code 45145000.00}), written by the platform's
 * {@link SpreadsheetWriter}, or XLSX ({@link EntryWorkbook}: ids and document numbers as text,
 * amounts as numbers shown with two decimals, dates as dates).
 */
@ApplicationScoped
public class EntryExport {

    /** The columns, in order: the API's field names. */
    static final List<String> KEYS = List.of("id", "kind", "source", "county", "purpose", "amount", "occurredOn",
            "documentNumber", "reversesEntryId", "reversedKind", "reason", "siteId", "householdId", "villageId",
            "industryProjectId", "rewardId", "recordedAt");
    /** Columns Excel must not read as numbers or dates: county codes lose nothing, but document numbers like 2017-3 do. */
    private static final Set<String> IDENTIFIERS = Set.of("id", "county", "documentNumber", "reversesEntryId", "siteId",
            "householdId", "villageId", "industryProjectId", "rewardId");

    /** The export, written when the response is streamed. */
    @FunctionalInterface
    public interface Sheet {
        void writeTo(OutputStream out);
    }

    private final LedgerEntryRepository entries;
    private final CountyScope countyScope;
    private final RequestLocale locale;

    public EntryExport(LedgerEntryRepository entries, CountyScope countyScope, RequestLocale locale) {
        this.entries = entries;
        this.countyScope = countyScope;
        this.locale = locale;
    }

    /**
     * The entries the filter asks for, limited to what the caller may read. Who may read what, and
     * the language, are decided now (a 403 before anything is sent); the rows are read when the
     * export is written.
     */
    public Sheet export(TabularFormat format, EntryFilter filter) {
        ListQuery<LedgerEntry> query = filter.query(countyScope.listCounty(filter.county()));
        List<Column> columns = columns();
        String sheetName = locale.render(Message.of("export.sheet"));
        return out -> QuarkusTransaction.joiningExisting().run(() -> {
            try (Stream<LedgerEntry> rows = query.stream(entries);
                 Rows sheet = format == TabularFormat.CSV
                         ? csv(SpreadsheetWriter.open(format, out, sheetName, columns))
                         : new EntryWorkbook(out, sheetName, columns)) {
                for (Iterator<LedgerEntry> it = rows.iterator(); it.hasNext(); ) {
                    sheet.row(row(it.next(), format));
                }
            }
        });
    }

    /** Where the rows go: the platform's CSV writer or the workbook. */
    interface Rows extends AutoCloseable {
        void row(List<?> values);

        @Override
        void close();
    }

    private static Rows csv(SpreadsheetWriter writer) {
        return new Rows() {
            @Override
            public void row(List<?> values) {
                writer.row(values);
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /**
     * The columns with their headers in the request's language. The platform's writer writes a
     * column's Chinese header, so the header of the caller's language is given as that.
     */
    private List<Column> columns() {
        return KEYS.stream().map(key -> {
            String header = locale.render(Message.of("export.column." + key));
            Column.Kind kind = key.equals("occurredOn") ? Column.Kind.DATE
                    : IDENTIFIERS.contains(key) ? Column.Kind.IDENTIFIER : Column.Kind.TEXT;
            return Column.of(key, header, header, kind, false, null, null);
        }).toList();
    }

    /** A row: amounts as the CSV's {@code 45145000.00}, or the number for the workbook to format. */
    private static List<Object> row(LedgerEntry entry, TabularFormat format) {
        EntryLinks links = entry.links();
        return Arrays.asList(text(entry.id()), text(entry.kind()), entry.source(), entry.county(), text(entry.purpose()),
                format == TabularFormat.CSV ? Money.format(entry.amount()) : entry.amount(),
                entry.occurredOn(), entry.documentNumber(), text(entry.reversesEntryId()), text(entry.reversedKind()),
                entry.reason(), links.siteId(), links.householdId(), links.villageId(), links.industryProjectId(),
                text(entry.rewardId()), text(entry.recordedAt()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
