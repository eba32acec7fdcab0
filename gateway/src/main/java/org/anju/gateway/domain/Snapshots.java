package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;
import org.anju.platform.programme.CountyCode;

import java.math.BigDecimal;

/** The fields the counted snapshots share, read the same way by every {@link Projector}. */
final class Snapshots {

    private Snapshots() {
    }

    /** The snapshot's county (its {@code county} field). */
    static Scope county(JsonNode snapshot) {
        return Scope.county(CountyCode.of(snapshot.path("county").asText(), "county"));
    }

    /** The snapshot's county, or null when it has none (a city-level ledger entry). */
    static Scope countyIfAny(JsonNode snapshot) {
        return snapshot.path("county").isTextual() ? county(snapshot) : null;
    }

    /** The snapshot's resettlement site ({@code siteId}), or null when it has none. */
    static Scope site(JsonNode snapshot) {
        JsonNode siteId = snapshot.path("siteId");
        return siteId.isTextual() ? Scope.site(siteId.asText()) : null;
    }

    /** An amount in yuan (a decimal string), 0 when absent. */
    static BigDecimal amount(JsonNode amount) {
        return amount.isTextual() ? new BigDecimal(amount.asText()) : BigDecimal.ZERO;
    }
}
