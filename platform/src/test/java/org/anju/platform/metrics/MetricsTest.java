package org.anju.platform.metrics;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.platform.testapp.PlatformTopicsResource;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** What the alerts and the dashboard read is there from the start: readiness, Kafka, dead letters at zero, latency buckets. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(PlatformTopicsResource.class)
class MetricsTest {

    @Test
    void theMetricsTheAlertsReadExistBeforeAnythingHappens() {
        given().get("/api/test/problems/households").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("anju_readiness{application=\"platform-test\"} 1.0"))
                .body(containsString("anju_kafka_reachable{application=\"platform-test\"}"))
                .body(containsString("anju_consumer_dead_lettered_total{application=\"platform-test\",group="))
                .body(containsString("anju_outbox_parked{application=\"platform-test\"}"))
                .body(containsString("http_server_requests_seconds_bucket{"));
    }
}
