package org.anju.funding;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.post;
import static org.anju.funding.FundingApi.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Every entry path that names a county takes a county of the programme, read as people type it:
 * another code (a code outside the programme, the city's own 140700, a malformed one) is a 400
 * naming the field, and nothing is stored. Only the balances' filter also takes the city's code,
 * for the city's own accounts. Uses SPECIAL_CONSTRUCTION_FUND in Heshun (140723), which no other
 * test reads, and dates in 2022.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class CountyInputTest {

    static final List<String> NOT_COUNTIES = List.of("140799", "140700", "14072X");
    static final String SOURCE = "SPECIAL_CONSTRUCTION_FUND";
    static final String HESHUN = "140723";
    static final String FULL_WIDTH_HESHUN = "１４０７２３";

    @Inject
    DataSource dataSource;

    /** The entry bodies that name a county, with the county and a document number to find what was stored. */
    enum Body {
        DISBURSEMENT("/api/v1/entries/disbursements", """
                {"source": "%s", "county": "%s", "amount": "%s", "disbursedOn": "2022-07-02", "documentNumber": "%s"}"""),
        EXPENDITURE("/api/v1/entries/expenditures", """
                {"source": "%s", "county": "%s", "purpose": "OTHER", "amount": "%s", "spentOn": "2022-07-03", "documentNumber": "%s"}""");

        final String path;
        final String template;

        Body(String path, String template) {
            this.path = path;
            this.template = template;
        }

        String with(String county, String amount, String documentNumber) {
            return template.formatted(SOURCE, county, amount, documentNumber);
        }
    }

    static Stream<Arguments> bodiesAndNonCounties() {
        return Stream.of(Body.values()).flatMap(body -> NOT_COUNTIES.stream().map(county -> Arguments.of(body, county)));
    }

    static Stream<Arguments> listsAndNonCounties() {
        return Stream.of("/api/v1/entries", "/api/v1/entries/export", "/api/v1/rewards")
                .flatMap(path -> NOT_COUNTIES.stream().map(county -> Arguments.of(path, county)));
    }

    @ParameterizedTest(name = "POST {0} with county {1}")
    @MethodSource("bodiesAndNonCounties")
    void anEntryForACountyOutsideTheProgrammeIsABadRequestNamingTheFieldAndStoresNothing(Body body, String county)
            throws SQLException {
        String document = "county-check-" + UUID.randomUUID();

        post(ADMIN, body.path, body.with(county, "1.00", document)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"))
                .body("errors[0].message", containsString(county));

        assertThat(entriesWithDocument(document)).isEmpty();
    }

    @Test
    void fullWidthCountyDigitsAreReadAsTheCountyOnDisbursementsAndExpenditures() throws SQLException {
        receipt(SOURCE, "100.00", "2022-07-01");
        String disbursed = "full-width-" + UUID.randomUUID();
        String spent = "full-width-" + UUID.randomUUID();

        post(ADMIN, Body.DISBURSEMENT.path, Body.DISBURSEMENT.with(FULL_WIDTH_HESHUN, "40.00", disbursed)).statusCode(201)
                .body("county", equalTo(HESHUN));
        post(ADMIN, Body.EXPENDITURE.path, Body.EXPENDITURE.with(FULL_WIDTH_HESHUN, "10.00", spent)).statusCode(201)
                .body("county", equalTo(HESHUN))
                .body("balances.id", everyItem(containsString("/" + HESHUN)));

        assertThat(entriesWithDocument(disbursed)).containsExactly(HESHUN);
        assertThat(entriesWithDocument(spent)).containsExactly(HESHUN);
        as(ADMIN).queryParam("county", FULL_WIDTH_HESHUN).queryParam("source", SOURCE).get("/api/v1/entries")
                .then().statusCode(200)
                .body("items", not(empty()))
                .body("items.county", everyItem(equalTo(HESHUN)));
    }

    @ParameterizedTest(name = "GET {0}?county={1}")
    @MethodSource("listsAndNonCounties")
    void aListFilteredByACountyOutsideTheProgrammeIsABadRequestNamingTheParameter(String path, String county) {
        as(ADMIN).queryParam("county", county).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"));
    }

    @ParameterizedTest(name = "GET /api/v1/balances?county={0}")
    @ValueSource(strings = {"140799", "14072X", "140800"})
    void balancesFilteredByNeitherACountyNorTheCityAreABadRequestNamingTheParameter(String county) {
        as(ADMIN).queryParam("county", county).get("/api/v1/balances").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("county"));
    }

    @Test
    void balancesFilteredByTheCitysCodeAreTheCitysOwnAccounts() {
        receipt(SOURCE, "1.00", "2022-07-01");

        as(ADMIN).queryParam("county", "140700").get("/api/v1/balances").then().statusCode(200)
                .body("items", not(empty()))
                .body("items.county", everyItem(nullValue()))
                .body("items.id", everyItem(containsString("/140700")));
    }

    @Test
    void anUnknownFundSourceIsABadRequestNamingTheField() {
        post(ADMIN, "/api/v1/entries/receipts", """
                {"source": "NO_SUCH_SOURCE", "amount": "1.00", "receivedOn": "2022-07-01", "documentNumber": "d"}""")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"));
        as(ADMIN).body("""
                {"total": "1.00", "sources": {"NO_SUCH_SOURCE": "1.00"}}""").put("/api/v1/declarations/unknown-source")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sources[NO_SUCH_SOURCE]"));
        as(ADMIN).get("/api/v1/declarations/unknown-source").then().statusCode(404);
    }

    private List<String> entriesWithDocument(String documentNumber) throws SQLException {
        return FundingApi.entriesWithDocument(dataSource, "county", documentNumber);
    }
}
