package org.anju.funding.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.repository.LedgerEntryRepository;
import org.anju.platform.money.Money;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.security.CountyScope;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Stream;

/** The ledger as CSV (RFC 4180, one entry per row, amounts as {@code 45145000.00}), streamed from the database. */
@ApplicationScoped
public class EntryExport {

    private static final String[] HEADER = {"id", "kind", "source", "county", "purpose", "amount", "occurredOn",
            "documentNumber", "reversesEntryId", "reversedKind", "reason", "siteId", "householdId", "villageId",
            "industryProjectId", "rewardId", "recordedAt"};

    private final LedgerEntryRepository entries;
    private final CountyScope countyScope;

    public EntryExport(LedgerEntryRepository entries, CountyScope countyScope) {
        this.entries = entries;
        this.countyScope = countyScope;
    }

    /**
     * The entries the filter asks for, limited to what the caller may read. Who may read what is
     * decided now (a 403 before anything is sent); the rows are read when the export is written.
     */
    public EntryCsv export(EntryFilter filter) {
        ListQuery<LedgerEntry> query = filter.query(countyScope.listCounty(filter.county()));
        return out -> QuarkusTransaction.joiningExisting().run(() -> write(query, out));
    }

    private void write(ListQuery<LedgerEntry> query, Writer out) {
        try (Stream<LedgerEntry> rows = query.stream(entries);
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (Iterator<LedgerEntry> it = rows.iterator(); it.hasNext(); ) {
                LedgerEntry entry = it.next();
                EntryLinks links = entry.links();
                csv.printRecord(entry.id(), entry.kind(), entry.source(), entry.county(), entry.purpose(),
                        Money.format(entry.amount()), entry.occurredOn(), entry.documentNumber(), entry.reversesEntryId(),
                        entry.reversedKind(), entry.reason(), links.siteId(), links.householdId(), links.villageId(),
                        links.industryProjectId(), entry.rewardId(), entry.recordedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
    }
}
