package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.atOnce;
import static org.anju.funding.FundingApi.balance;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.spend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class ConcurrentSpendingTest {

    private static final int REQUESTS = 50;
    /**
     * Where the racing disbursements go: counties of the programme whose CITY_FISCAL balances no
     * other test reads (140702 and 140703 belong to tests that read every entry or balance of the
     * county, 140727 to one that reads its CITY_FISCAL balance).
     */
    private static final List<String> RACE_COUNTIES =
            List.of("140721", "140722", "140723", "140724", "140725", "140728", "140729", "140781");

    @Test
    void fiftyConcurrentExpendituresRacingForOneBalanceNeverSpendMoreThanItHolds() throws Exception {
        fund("POLICY_LOAN", "140722", "1000.00", "2022-01-03");

        List<Integer> answered = statuses(atOnce(Collections.nCopies(REQUESTS,
                () -> spend(ADMIN, "POLICY_LOAN", "140722", "HOUSING_SUBSIDY", "30.00", "2022-01-04"))));

        // 33 × 30.00 = 990.00 fits in 1000.00; a 34th would not
        assertThat(answered).containsOnly(201, 409);
        assertThat(answered).filteredOn(status -> status == 201).hasSize(33);
        assertThat(balance("AVAILABLE/POLICY_LOAN/140722")).isEqualTo("10.00");
        assertThat(balance("SPENT/POLICY_LOAN/140722/HOUSING_SUBSIDY")).isEqualTo("990.00");
        as(ADMIN).queryParam("county", "140722").queryParam("account", "AVAILABLE").get("/api/v1/balances")
                .then().statusCode(200).body("items[0].version", equalTo(1 + 33));
    }

    @Test
    void fiftyConcurrentDisbursementsRacingForTheCitysBalanceNeverDisburseMoreThanItHolds() throws Exception {
        // the city's balance is shared with other tests: race for whatever it holds plus a known receipt
        FundingApi.receipt("CITY_FISCAL", "500.00", "2022-02-01");
        BigDecimal held = new BigDecimal(balance("UNDISBURSED/CITY_FISCAL/140700"));
        BigDecimal each = held.divide(BigDecimal.valueOf(25), 2, RoundingMode.DOWN)
                .add(new BigDecimal("0.01"));

        List<Integer> answered = statuses(atOnce(IntStream.range(0, REQUESTS)
                .mapToObj(i -> RACE_COUNTIES.get(i % RACE_COUNTIES.size()))
                .<Supplier<ValidatableResponse>>map(county -> () -> FundingApi.post(ADMIN, "/api/v1/entries/disbursements", """
                        {"source": "CITY_FISCAL", "county": "%s", "amount": "%s", "disbursedOn": "2022-02-02"}"""
                        .formatted(county, each.toPlainString())))
                .toList()));

        assertThat(answered).containsOnly(201, 409);
        BigDecimal disbursed = each.multiply(BigDecimal.valueOf(answered.stream().filter(status -> status == 201).count()));
        assertThat(disbursed).isLessThanOrEqualTo(held);
        assertThat(held.subtract(disbursed)).isLessThan(each);
        assertThat(new BigDecimal(balance("UNDISBURSED/CITY_FISCAL/140700")))
                .isEqualByComparingTo(held.subtract(disbursed));
    }

    private static List<Integer> statuses(List<ExtractableResponse<Response>> answers) {
        return answers.stream().map(ExtractableResponse::statusCode).toList();
    }
}
