package org.anju.funding.repository;

import org.anju.funding.domain.EntryKind;
import org.anju.funding.domain.Purpose;

import java.time.LocalDate;

/** Which entries a list or export wants; every part is optional (null = any). Dates are inclusive. */
public record EntryFilter(EntryKind kind, String source, String county, Purpose purpose, LocalDate from, LocalDate to) {

    public EntryFilter inCounty(String onlyCounty) {
        return new EntryFilter(kind, source, onlyCounty, purpose, from, to);
    }

    Where where() {
        return new Where()
                .equal("kind", kind)
                .equal("source", source)
                .equal("county", county)
                .equal("purpose", purpose)
                .and("occurredOn >= :from", "from", from)
                .and("occurredOn <= :to", "to", to);
    }
}
