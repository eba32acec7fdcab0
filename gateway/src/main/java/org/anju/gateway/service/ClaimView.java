package org.anju.gateway.service;

import org.anju.gateway.domain.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A declared figure being checked, for the city ({@code scopeKey} {@code city}) or a county ({@code county:<code>}),
 * as of a day ({@code asOf}), over a period ({@code from}–{@code to}) or today (none of them).
 */
@Schema(name = "Claim")
public record ClaimView(String indicatorId, String scopeKey, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                        String source, LocalDate asOf, LocalDate from, LocalDate to) {

    static ClaimView of(Claim claim) {
        return new ClaimView(claim.indicatorId(), claim.scopeKey(), claim.numerator(), claim.denominator(), claim.value(),
                claim.source(), claim.asOf(), claim.from(), claim.to());
    }
}
