package org.anju.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.anju.gateway.domain.Contributions;
import org.anju.gateway.domain.Scope;
import org.anju.platform.events.EventEnvelope;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Counters from {@code funding.v1}: every ledger entry once (entries are immutable); a reversal
 * takes back what the entry it cancels added.
 */
@ApplicationScoped
public class FundingProjector implements Projector {

    private static final EventKinds KINDS = new EventKinds("funding-service")
            .kind("fund-entry", "FundsReceived", "FundsDisbursed", "FundsSpent", "EntryReversed");

    @Override
    public Optional<String> kindOf(EventEnvelope event) {
        return KINDS.of(event);
    }

    @Override
    public Contributions contributions(String kind, JsonNode entry) {
        BigDecimal amount = new BigDecimal(entry.path("amount").asText());
        String entryKind = entry.path("kind").asText();
        if ("REVERSAL".equals(entryKind)) {
            amount = amount.negate();
            entryKind = entry.path("reversedKind").asText();
        }
        String source = entry.path("source").asText();
        JsonNode countyCode = entry.path("county");
        Scope county = countyCode.isTextual() ? Scope.county(countyCode.asText()) : null;
        return switch (entryKind) {
            case "RECEIPT" -> Contributions.none()
                    .add("funds.received", amount, Scope.CITY)
                    .add("funds.received:" + source, amount, Scope.CITY);
            case "DISBURSEMENT" -> Contributions.none()
                    .add("funds.disbursed", amount, Scope.CITY, county)
                    // the city's figure splits by county, a county's by source
                    .add("funds.disbursed:" + countyCode.asText(), amount, Scope.CITY)
                    .add("funds.disbursed:" + source, amount, county);
            case "EXPENDITURE" -> Contributions.none()
                    .add("funds.spent", amount, Scope.CITY, county)
                    .add("funds.spent:" + entry.path("purpose").asText(), amount, Scope.CITY, county);
            default -> throw new IllegalArgumentException("not a ledger entry kind: " + entryKind);
        };
    }
}
