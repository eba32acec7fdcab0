package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.LedgerEntry;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    public boolean isReversed(UUID entryId) {
        return count("reversesEntryId", entryId) > 0;
    }

    /**
     * The first recorded entry that holds the document of {@code entry} ({@link LedgerEntry#holdsItsDocument}):
     * the same kind, source and document number, not a reward's payment, not reversed. The unique
     * index {@code ledger_entry_document_unique} (V3) holds the same entries.
     */
    public Optional<UUID> holderOfDocument(LedgerEntry entry) {
        return getEntityManager().createQuery("select e.id from LedgerEntry e where e.kind = :kind and e.source = :source"
                        + " and e.documentNumber = :document and e.rewardId is null and e.documentReleased = false"
                        + " order by e.recordedAt, e.id", UUID.class)
                .setParameter("kind", entry.kind())
                .setParameter("source", entry.source())
                .setParameter("document", entry.documentNumber())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
