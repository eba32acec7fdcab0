package org.anju.governance.repository;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.domain.ResidentRequest;
import org.anju.platform.persistence.ListQuery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResidentRequestRepository implements AggregateRepository<ResidentRequest> {

    private static final String PAST_DUE = "((status = :submitted and acceptDueAt < :now)"
            + " or (status = :accepted and resolveDueAt < :now)"
            + " or (status = :resolved and replyDueAt < :now))";

    /**
     * Narrows a list to requests whose pending step is ({@code overdue}) or is not past its deadline
     * at {@code now}; a null {@code overdue} leaves the list as it is.
     */
    public static ListQuery<ResidentRequest> overdue(ListQuery<ResidentRequest> query, Boolean overdue, Instant now) {
        if (overdue == null) {
            return query;
        }
        return query.where(overdue ? PAST_DUE : "not " + PAST_DUE, Parameters.with("submitted", RequestStatus.SUBMITTED)
                .and("accepted", RequestStatus.ACCEPTED)
                .and("resolved", RequestStatus.RESOLVED)
                .and("now", now));
    }

    /** Requests whose pending step is past its deadline and not yet flagged: the scheduler's work. */
    public List<UUID> overdueUnflagged(Instant now, int max) {
        return getEntityManager().createQuery("select id from ResidentRequest where"
                        + " (status = :submitted and acceptDueAt < :now and acceptOverdueAt is null)"
                        + " or (status = :accepted and resolveDueAt < :now and resolveOverdueAt is null)"
                        + " or (status = :resolved and replyDueAt < :now and replyOverdueAt is null)"
                        + " order by id", UUID.class)
                .setParameter("submitted", RequestStatus.SUBMITTED)
                .setParameter("accepted", RequestStatus.ACCEPTED)
                .setParameter("resolved", RequestStatus.RESOLVED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }
}
