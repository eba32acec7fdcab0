package org.anju.households.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.anju.households.rest.Api.HESHUN;
import static org.anju.households.rest.Api.admin;
import static org.anju.households.rest.Api.allocate;
import static org.anju.households.rest.Api.completedSite;
import static org.anju.households.rest.Api.household;
import static org.anju.households.rest.Api.registerHousehold;
import static org.hamcrest.Matchers.equalTo;

/**
 * A command sent without a date happened on the programme's today: at 17:00 UTC on 2019-03-04 it
 * is already 01:00 on 2019-03-05 in Beijing, whatever zone the service runs in.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class TodayApiTest {

    private static final Instant BEIJING_EARLY_MORNING = Instant.parse("2019-03-04T17:00:00Z");
    private static final String BEIJING_DAY = "2019-03-05";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aMoveInWithoutADateIsDatedTheProgrammesToday() {
        String id = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        allocate(id, completedSite(HESHUN, 5)).statusCode(200);

        clock.set(BEIJING_EARLY_MORNING);
        admin().post("/api/v1/households/{id}/move-in", id).then().statusCode(200).body("movedInOn", equalTo(BEIJING_DAY));
    }

    @Test
    void aCommandWithAnEmptyBodyIsDatedTheProgrammesToday() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));

        clock.set(BEIJING_EARLY_MORNING);
        admin().body(Map.of()).post("/api/v1/households/{id}/lift-out-of-poverty", id).then().statusCode(200)
                .body("liftedOn", equalTo(BEIJING_DAY));
        admin().body(Map.of()).post("/api/v1/households/{id}/demolish-homestead", id).then().statusCode(200)
                .body("demolishedOn", equalTo(BEIJING_DAY));
    }

    @Test
    void anAllocationWithoutADateIsDatedTheProgrammesToday() {
        String id = registerHousehold(household(HESHUN, "CO_RELOCATED"));
        String site = completedSite(HESHUN, 5);

        clock.set(BEIJING_EARLY_MORNING);
        admin().body(Map.of("siteId", site, "flat", "1-1-101")).post("/api/v1/households/{id}/allocate-housing", id)
                .then().statusCode(200).body("housingAllocatedOn", equalTo(BEIJING_DAY));
    }

    @Test
    void aSiteStartedWithoutADateIsDatedTheProgrammesToday() {
        String site = Api.site(HESHUN, 5);

        clock.set(BEIJING_EARLY_MORNING);
        admin().post("/api/v1/sites/{id}/start-construction", site).then().statusCode(200)
                .body("constructionStartedOn", equalTo(BEIJING_DAY));
    }

    @Test
    void aDateAfterTheProgrammesTodayIsRefused() {
        String id = registerHousehold(household(HESHUN, "REGISTERED_POOR"));

        clock.set(BEIJING_EARLY_MORNING);
        admin().body(Map.of("date", "2019-03-06")).post("/api/v1/households/{id}/lift-out-of-poverty", id).then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        admin().body(Map.of("date", BEIJING_DAY)).post("/api/v1/households/{id}/lift-out-of-poverty", id).then().statusCode(200);
    }
}
