package org.anju.gateway.service;

import org.anju.gateway.domain.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A plan value (target) of an indicator for one scope key, or {@code *} for every scope without its own. */
@Schema(name = "Target")
public record PlanValueView(String indicatorId, String scopeKey, String comparator, BigDecimal value, String note) {

    static PlanValueView of(Target target) {
        return new PlanValueView(target.indicatorId(), target.scopeKey(), target.comparator(), target.value(), target.note());
    }
}
