package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.LedgerEntry;

import java.util.UUID;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    public boolean isReversed(UUID entryId) {
        return count("reversesEntryId", entryId) > 0;
    }
}
