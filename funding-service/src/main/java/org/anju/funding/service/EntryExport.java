package org.anju.funding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.anju.funding.domain.EntryLinks;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Money;
import org.anju.funding.domain.EntryFilter;
import org.anju.funding.repository.LedgerEntryRepository;
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

    static final String[] HEADER = {"id", "kind", "source", "county", "purpose", "amount", "occurredOn",
            "documentNumber", "reversesEntryId", "reversedKind", "reason", "siteId", "householdId", "villageId",
            "industryProjectId", "rewardId", "recordedAt"};

    private final LedgerEntryRepository entries;

    public EntryExport(LedgerEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional
    public void write(EntryFilter filter, Writer out) {
        try (Stream<LedgerEntry> rows = entries.stream(filter);
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
