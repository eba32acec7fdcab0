package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.Reward;
import org.anju.funding.domain.RewardStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, UUID> {

    public boolean exists(String rule, String villageId) {
        return count("rule = ?1 and villageId = ?2", rule, villageId) > 0;
    }

    /** Up to {@code limit} rewards in the order they were proposed, after the one a cursor named. */
    public List<Reward> page(RewardStatus status, String county, Instant afterProposedAt, UUID afterId, int limit) {
        Where where = new Where().equal("status", status).equal("county", county);
        if (afterProposedAt != null) {
            where.and("(proposedAt > :afterAt or (proposedAt = :afterAt and id > :afterId))", "afterAt", afterProposedAt);
            where.parameters().put("afterId", afterId);
        }
        return find(where.clause(), Sort.by("proposedAt").and("id"), where.parameters()).page(0, limit).list();
    }
}
