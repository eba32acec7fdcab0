package org.anju.funding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.funding.domain.Reward;

import java.util.UUID;

@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, UUID> {

    public boolean exists(String rule, String villageId) {
        return count("rule = ?1 and villageId = ?2", rule, villageId) > 0;
    }
}
