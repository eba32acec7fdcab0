package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
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
     * the same kind, source, county (none for receipts) and document number (canonical, case ignored:
     * V4's {@code document_key}), not a reward's payment, not reversed. The unique index
     * {@code ledger_entry_document_unique} (V4) holds the same entries.
     */
    public Optional<Holder> holderOfDocument(LedgerEntry entry) {
        TypedQuery<Object[]> query = getEntityManager().createQuery("select e.id, e.county from LedgerEntry e"
                        + " where e.kind = :kind and e.source = :source and e.county " + (entry.county() == null ? "is null" : "= :county")
                        + " and e.documentKey = upper(:document) and e.rewardId is null and e.documentReleased = false"
                        + " order by e.recordedAt, e.id", Object[].class)
                .setParameter("kind", entry.kind())
                .setParameter("source", entry.source())
                .setParameter("document", entry.documentNumber());
        if (entry.county() != null) {
            query.setParameter("county", entry.county());
        }
        return query.setMaxResults(1)
                .getResultStream()
                .map(row -> new Holder((UUID) row[0], (String) row[1]))
                .findFirst();
    }

    /** The entry that holds a document, and its county (null: the city's). */
    public record Holder(UUID id, String county) {
    }
}
