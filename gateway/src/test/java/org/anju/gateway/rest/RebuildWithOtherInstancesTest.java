package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestStack;
import org.anju.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * A rebuild swaps the projection tables and consumer positions that every gateway instance of the consumer group
 * shares, so it is refused (409 {@code rebuild-single-instance}) while another instance consumes, and runs once it
 * has left the group.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class RebuildWithOtherInstancesTest {

    private static final List<String> TOPICS = List.of("households.v1", "funding.v1", "industry.v1", "governance.v1");

    @Test
    void aRebuildIsRefusedWhileAnotherInstanceConsumesInTheGroup() {
        String ops = TestTokens.bearer("ops", null);
        Map<String, Object> properties = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "gateway",
                ConsumerConfig.CLIENT_ID_CONFIG, "another-gateway-instance",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> other = new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            other.subscribe(TOPICS);
            // the test topics have one partition each; the range assignor gives it to the member whose id sorts
            // first, and "another-…" sorts before the application's "gateway-events-…"
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                other.poll(Duration.ofMillis(200));
                return other.assignment().size() == TOPICS.size();
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/ops/services").then().statusCode(200)
                    .body("consumer.find { it.topic == 'households.v1' }.partitions", empty()));
            given().header("Authorization", ops).header("Accept-Language", "en").post("/api/v1/ops/projections/rebuild")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("rule", equalTo("rebuild-single-instance"))
                    .body("detail", equalTo("2 gateway instances consume as one group: a rebuild swaps the tables and positions they share,"
                            + " so stop the other instances and rebuild on one"));
            given().header("Authorization", ops).header("Accept-Language", "zh-CN").post("/api/v1/ops/projections/rebuild")
                    .then().statusCode(409).body("detail", equalTo(
                            "当前有 2 个网关实例作为同一消费组在消费：重建会替换它们共用的投影表和消费位置，请先停止其他实例，只在一个实例上重建"));
        }
        // the other instance has left the group (closing sends its LeaveGroup): the partitions come back, the rebuild runs
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/api/v1/ops/services").then().statusCode(200)
                .body("consumer.find { it.topic == 'households.v1' }.partitions", equalTo(List.of(0))));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", ops)
                .post("/api/v1/ops/projections/rebuild").then().extract().statusCode() == 202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(given().header("Authorization", ops)
                .get("/api/v1/ops/projections/rebuild").then().statusCode(200).extract().path("state")));
    }
}
