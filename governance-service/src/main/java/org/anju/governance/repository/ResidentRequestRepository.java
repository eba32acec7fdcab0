package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.RequestStatus;
import org.anju.governance.domain.ResidentRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ResidentRequestRepository implements KeysetRepository<ResidentRequest> {

    private static final String PAST_DUE = "((status = :submitted and acceptDueAt < :now)"
            + " or (status = :accepted and resolveDueAt < :now)"
            + " or (status = :resolved and replyDueAt < :now))";

    /** Narrows a list to requests whose pending step is (or is not) past its deadline at {@code now}. */
    public static Where overdue(Where where, boolean overdue, Instant now) {
        return where.and(overdue ? PAST_DUE : "not " + PAST_DUE,
                Map.of("submitted", RequestStatus.SUBMITTED, "accepted", RequestStatus.ACCEPTED,
                        "resolved", RequestStatus.RESOLVED, "now", now));
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
