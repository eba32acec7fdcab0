package org.anju.gateway.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.anju.gateway.domain.Counter.FUNDS_DISBURSED;
import static org.anju.gateway.domain.Counter.FUNDS_RECEIVED;
import static org.anju.gateway.domain.Counter.FUNDS_SPENT;

/**
 * Counters from {@code funding.v1}: every ledger entry once (entries are immutable), counted on its
 * {@code occurredOn}; a reversal takes back what the entry it cancels added, on its own date.
 */
public final class FundingProjector implements Projector {

    public static final String FUND_ENTRY = "fund-entry";

    @Override
    public Contributions contributions(String kind, JsonNode entry, Dating dating) {
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
        LocalDate on = dating.first(Dating.date(entry.path("occurredOn")));
        return switch (entryKind) {
            case "RECEIPT" -> Contributions.none()
                    .add(FUNDS_RECEIVED, amount, on, Scope.CITY)
                    .add(FUNDS_RECEIVED.part(source), amount, on, Scope.CITY);
            case "DISBURSEMENT" -> Contributions.none()
                    .add(FUNDS_DISBURSED, amount, on, Scope.CITY, county)
                    // the city's figure splits by county, a county's by source
                    .add(FUNDS_DISBURSED.part(entry.path("county").asText()), amount, on, Scope.CITY)
                    .add(FUNDS_DISBURSED.part(source), amount, on, county);
            case "EXPENDITURE" -> Contributions.none()
                    .add(FUNDS_SPENT, amount, on, Scope.CITY, county)
                    .add(FUNDS_SPENT.part(entry.path("purpose").asText()), amount, on, Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a ledger entry kind: " + entryKind);
        };
    }
}
