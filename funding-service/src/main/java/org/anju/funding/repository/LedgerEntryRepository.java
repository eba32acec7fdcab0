package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.EntryFilter;
import org.anju.funding.domain.LedgerEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    private static final Sort RECORDING_ORDER = Sort.by("recordedAt").and("id");

    /** Up to {@code limit} entries in recording order, after the entry a cursor named (null = from the start). */
    public List<LedgerEntry> page(EntryFilter filter, Instant afterRecordedAt, UUID afterId, int limit) {
        Where where = where(filter);
        if (afterRecordedAt != null) {
            where.and("(recordedAt > :afterAt or (recordedAt = :afterAt and id > :afterId))", "afterAt", afterRecordedAt);
            where.parameters().put("afterId", afterId);
        }
        return find(where.clause(), RECORDING_ORDER, where.parameters()).page(0, limit).list();
    }

    /** Every matching entry in recording order, streamed (for exports); needs an open transaction. */
    public Stream<LedgerEntry> stream(EntryFilter filter) {
        Where where = where(filter);
        return find(where.clause(), RECORDING_ORDER, where.parameters()).stream();
    }

    public boolean isReversed(UUID entryId) {
        return count("reversesEntryId", entryId) > 0;
    }

    private static Where where(EntryFilter filter) {
        return new Where()
                .equal("kind", filter.kind())
                .equal("source", filter.source())
                .equal("county", filter.county())
                .equal("purpose", filter.purpose())
                .and("occurredOn >= :from", "from", filter.from())
                .and("occurredOn <= :to", "to", filter.to());
    }
}
