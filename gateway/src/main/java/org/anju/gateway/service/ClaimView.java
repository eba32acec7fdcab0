package org.anju.gateway.service;

import org.anju.gateway.domain.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A declared figure being checked, for the city ({@code scopeKey} {@code city}) or a county ({@code county:<code>}). */
@Schema(name = "Claim")
public record ClaimView(String indicatorId, String scopeKey, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                        String source) {

    static ClaimView of(Claim claim) {
        return new ClaimView(claim.indicatorId(), claim.scopeKey(), claim.numerator(), claim.denominator(), claim.value(),
                claim.source());
    }
}
