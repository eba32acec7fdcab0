package org.anju.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.anju.governance.domain.Award;
import org.anju.governance.domain.AwardKind;

import java.util.UUID;

@ApplicationScoped
public class AwardRepository implements AggregateRepository<Award> {

    public boolean exists(UUID householdId, AwardKind kind, int year) {
        return count("householdId = ?1 and kind = ?2 and year = ?3", householdId, kind, year) > 0;
    }
}
