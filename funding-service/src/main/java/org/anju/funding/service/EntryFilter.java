package org.anju.funding.service;

import jakarta.validation.constraints.Size;
import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.LedgerEntry;
import org.anju.funding.domain.Purpose;
import org.anju.platform.persistence.ListQuery;
import org.anju.platform.programme.CountyCode;

import java.time.LocalDate;

/**
 * Which entries a list or export asks for; every part is optional (null = any). Dates are inclusive.
 * The county is the one asked for: the service narrows it to what the caller may read. The
 * resource checks the {@code source} parameter's length as the record declares it.
 */
public record EntryFilter(EntryKind kind, @Size(max = 40) String source, CountyCode county, Purpose purpose, LocalDate from, LocalDate to) {

    /** The entries in recording order, of {@code county} (the county the caller may list, null = every county). */
    ListQuery<LedgerEntry> query(String county) {
        return ListQuery.byTimeThenId("recordedAt", LedgerEntry::recordedAt, LedgerEntry::id)
                .where("kind", kind)
                .where("source", source)
                .where("county", county)
                .where("purpose", purpose)
                .where("occurredOn >= :from", "from", from)
                .where("occurredOn <= :to", "to", to);
    }
}
