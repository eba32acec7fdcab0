package org.anju.funding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.RECEIPTS;
import static org.anju.funding.FundingApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every amount in every response is a decimal string with two decimals ({@code "7.00"}), however
 * the client wrote it: never a JSON number, never more or fewer decimals.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class AmountsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TWO_DECIMALS = Pattern.compile("-?\\d+\\.\\d{2}");
    /** The fields that hold amounts, in entries, balances, rewards, rules, declarations and reconciliations. */
    private static final Set<String> AMOUNTS = Set.of("amount", "total", "declared", "ledger", "difference", "declaredTotal",
            "declaredSourcesTotal", "ledgerTotal", "ledgerMinusDeclaredTotal", "declaredSourcesMinusDeclaredTotal");
    /** The only JSON numbers: versions. */
    private static final Set<String> NUMBERS = Set.of("version");

    @Test
    void everyAmountInEveryResponseIsADecimalStringWithTwoDecimals() throws Exception {
        String key = UUID.randomUUID().toString();
        String receipt = """
                {"source": "LOCAL_GOVERNMENT_BOND", "amount": "7", "receivedOn": "2019-07-03", "documentNumber": "amounts-%s"}"""
                .formatted(key);
        String recorded = as(ADMIN).header("Idempotency-Key", key).body(receipt).post(RECEIPTS)
                .then().statusCode(201).body("amount", equalTo("7.00")).extract().asString();
        String replayed = as(ADMIN).header("Idempotency-Key", key).body(receipt).post(RECEIPTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        String declared = as(ADMIN).body("""
                {"total": 1, "sources": {"LOCAL_GOVERNMENT_BOND": "0.5", "CENTRAL_BUDGET": 2.25}, "periodFrom": "2019-07-01"}""")
                .put("/api/v1/declarations/amounts").then().statusCode(200).extract().asString();
        String id = JSON.readTree(recorded).path("id").asText();

        List<String> amounts = new ArrayList<>();
        for (String body : List.of(recorded, replayed, declared,
                get("/api/v1/entries/" + id), get("/api/v1/entries?limit=500"), get("/api/v1/balances"),
                get("/api/v1/balances?asOf=2030-01-01"), get("/api/v1/rewards?limit=500"), get("/api/v1/rewards/rules"),
                get("/api/v1/declarations"), get("/api/v1/declarations/amounts"), get("/api/v1/reconciliation?declaration=amounts"))) {
            collectAmounts(null, JSON.readTree(body), amounts);
        }

        assertThat(amounts).contains("7.00", "1.00", "0.50", "2.25").allMatch(amount -> TWO_DECIMALS.matcher(amount).matches());
    }

    private static String get(String pathAndQuery) {
        return as(ADMIN).get(pathAndQuery).then().statusCode(200).extract().asString();
    }

    /** Every amount in the JSON (an amount field, or a source's amount in a declaration's {@code sources}); fails on any other number. */
    private static void collectAmounts(String field, JsonNode node, List<String> amounts) {
        if (node.isNumber()) {
            assertThat(field).as("a JSON number " + node + " in field " + field).isIn(NUMBERS);
            assertThat(node.isIntegralNumber()).as(field).isTrue();
        } else if (node.isTextual() && AMOUNTS.contains(field)) {
            amounts.add(node.asText());
        } else if (node.isObject()) {
            boolean sourceAmounts = "sources".equals(field);
            node.properties().forEach(member -> collectAmounts(
                    sourceAmounts && member.getValue().isValueNode() ? "amount" : member.getKey(), member.getValue(), amounts));
        } else if (node.isArray()) {
            node.forEach(item -> collectAmounts(field + "[]", item, amounts));
        }
    }
}
