package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

import static org.anju.gateway.domain.Counter.FUNDS_DISBURSED;
import static org.anju.gateway.domain.Counter.FUNDS_RECEIVED;
import static org.anju.gateway.domain.Counter.FUNDS_SPENT;

/**
 * Counters from {@code funding.v1}: every ledger entry once (entries are immutable); a reversal
 * takes back what the entry it cancels added.
 */
public final class FundingProjector implements Projector {

    public static final String FUND_ENTRY = "fund-entry";

    @Override
    public Contributions contributions(String kind, JsonNode entry) {
        if (!FUND_ENTRY.equals(kind)) {
            throw new IllegalArgumentException("not a funding kind: " + kind);
        }
        BigDecimal amount = new BigDecimal(entry.path("amount").asText());
        String entryKind = entry.path("kind").asText();
        if ("REVERSAL".equals(entryKind)) {
            amount = amount.negate();
            entryKind = entry.path("reversedKind").asText();
        }
        String source = entry.path("source").asText();
        Scope county = Snapshots.countyIfAny(entry);
        return switch (entryKind) {
            case "RECEIPT" -> Contributions.none()
                    .add(FUNDS_RECEIVED, amount, Scope.CITY)
                    .add(FUNDS_RECEIVED.part(source), amount, Scope.CITY);
            case "DISBURSEMENT" -> Contributions.none()
                    .add(FUNDS_DISBURSED, amount, Scope.CITY, county)
                    // the city's figure splits by county, a county's by source
                    .add(FUNDS_DISBURSED.part(entry.path("county").asText()), amount, Scope.CITY)
                    .add(FUNDS_DISBURSED.part(source), amount, county);
            case "EXPENDITURE" -> Contributions.none()
                    .add(FUNDS_SPENT, amount, Scope.CITY, county)
                    .add(FUNDS_SPENT.part(entry.path("purpose").asText()), amount, Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a ledger entry kind: " + entryKind);
        };
    }
}
