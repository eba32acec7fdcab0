package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.anju.households.domain.TestIdNumbers;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.households.rest.Api.ADMIN;
import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifiers are stored as the programme reads them, whichever way they arrive: a lower-case
 * check character, full-width digits from an IME, a trailing no-break or ideographic space are the
 * same number through the JSON API and through the import.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class IdentifiersApiTest {

    private static final String NO_BREAK_SPACE = "\u00A0";
    private static final String IDEOGRAPHIC_SPACE = "\u3000";

    @Inject
    DataSource dataSource;

    @Test
    void anIdNumberWithALowerCaseCheckCharacterIsRegisteredUpperCased() throws Exception {
        String idNumber = TestIdNumbers.nextEndingInX(HESHUN);
        assertRegisteredAs(idNumber.toLowerCase(), idNumber);
    }

    @Test
    void anIdNumberInFullWidthDigitsIsRegisteredInAsciiDigits() throws Exception {
        String idNumber = TestIdNumbers.next(HESHUN);
        assertRegisteredAs(TestIdNumbers.fullWidth(idNumber), idNumber);
        String withX = TestIdNumbers.nextEndingInX(HESHUN);
        assertRegisteredAs(TestIdNumbers.fullWidth(withX.toLowerCase()), withX);
    }

    @Test
    void anIdNumberWithATrailingNoBreakOrIdeographicSpaceIsRegisteredTrimmed() throws Exception {
        String idNumber = TestIdNumbers.next(HESHUN);
        assertRegisteredAs(idNumber + NO_BREAK_SPACE, idNumber);
        String other = TestIdNumbers.next(HESHUN);
        assertRegisteredAs(IDEOGRAPHIC_SPACE + other + IDEOGRAPHIC_SPACE, other);
    }

    @Test
    void registryNumbersAndPhonesAreReadLikeIdNumbers() throws Exception {
        String registryNumber = Api.registryNumber(HESHUN);
        Map<String, Object> head = new HashMap<>(member(TestIdNumbers.next(HESHUN), "HEAD", true));
        head.put("phone", "１３８００００００００" + IDEOGRAPHIC_SPACE);
        Map<String, Object> request = new HashMap<>(household(HESHUN, "CO_RELOCATED", List.of(head)));
        request.put("registryNumber", TestIdNumbers.fullWidth(registryNumber) + NO_BREAK_SPACE);

        admin().body(request).post("/api/v1/households").then().statusCode(201);

        assertThat(Imports.select(dataSource, "SELECT m.phone FROM household_members m JOIN households h ON h.id = m.household_id "
                + "WHERE h.registry_number = ?", registryNumber)).containsExactly("13800000000");
    }

    @Test
    void theImportStoresTheSameNumbersAsTheJsonApi() throws Exception {
        String run = "id-" + UUID.randomUUID().toString().substring(0, 8);
        String lowerX = TestIdNumbers.nextEndingInX(HESHUN);
        String fullWidth = TestIdNumbers.next(HESHUN);
        String noBreak = TestIdNumbers.next(HESHUN);
        String ideographic = TestIdNumbers.next(HESHUN);
        String registryNumber = run + "-1";
        String row = TestIdNumbers.fullWidth(registryNumber) + NO_BREAK_SPACE + "," + HESHUN + ",松烟镇石叠村,后沟,,CO_RELOCATED,,false,";

        JsonPath job = Imports.awaitFinished(Imports.submit(ADMIN, Imports.csv(List.of(
                row + "户主," + lowerX.toLowerCase() + ",HEAD,true,13800000000",
                row + "配偶," + TestIdNumbers.fullWidth(fullWidth) + ",SPOUSE,true,",
                row + "子女," + noBreak + NO_BREAK_SPACE + ",CHILD,false,",
                row + "子女," + IDEOGRAPHIC_SPACE + ideographic + IDEOGRAPHIC_SPACE + ",CHILD,false,"))));

        assertThat(job.getList("errors")).as(job.prettify()).isEmpty();
        assertThat(job.getInt("householdsImported")).isEqualTo(1);
        assertThat(Imports.select(dataSource, "SELECT m.id_number FROM household_members m JOIN households h ON h.id = m.household_id "
                + "WHERE h.registry_number = ? ORDER BY m.position", registryNumber))
                .containsExactly(lowerX, fullWidth, noBreak, ideographic);
    }

    /** Registers a household whose head's ID number is typed {@code typed}: 201, and {@code stored} is what the registry holds. */
    private void assertRegisteredAs(String typed, String stored) throws Exception {
        Map<String, Object> request = household(HESHUN, "CO_RELOCATED", List.of(member(typed, "HEAD", true)));

        admin().body(request).post("/api/v1/households").then().statusCode(201);

        assertThat(Imports.select(dataSource, "SELECT m.id_number FROM household_members m JOIN households h ON h.id = m.household_id "
                + "WHERE h.registry_number = ?", (String) request.get("registryNumber"))).containsExactly(stored);
    }
}
