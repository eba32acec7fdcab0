package org.anju.funding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.EventContracts;
import jakarta.inject.Inject;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestClock;
import org.anju.testing.TestStack;
import org.anju.testing.TestTokens;
import org.anju.testing.TopicRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.anju.funding.FundingApi.ADMIN;
import static org.anju.funding.FundingApi.PATIENCE;
import static org.anju.funding.FundingApi.as;
import static org.anju.funding.FundingApi.balance;
import static org.anju.funding.FundingApi.event;
import static org.anju.funding.FundingApi.fund;
import static org.anju.funding.FundingApi.officerOf;
import static org.anju.funding.FundingApi.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Yushe's reward rule (application.properties): ¥200,000 per village households-service reports
 * demolished in county 140721, proposed once however often the event arrives, paid on approval.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class RewardRuleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String YUSHE = "140721";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDemolishedYusheVillageIsProposedARewardOnceEvenWhenTheEventIsDeliveredTwice() throws Exception {
        String village = UUID.randomUUID().toString();
        byte[] demolished = villageEvent(village, YUSHE, "VillageDemolished", 3);

        publish(village, villageEvent(village, YUSHE, "VillageRelocated", 2), demolished, demolished);
        String reward = awaitReward(village);
        publish(village, demolished);
        demolishYusheVillage(UUID.randomUUID().toString());

        assertThat(rewardsOf(village)).hasSize(1);
        as(ADMIN).get("/api/v1/rewards/" + reward).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PROPOSED"))
                .body("amount", equalTo("200000.00"))
                .body("county", equalTo(YUSHE))
                .body("purpose", equalTo("DEMOLITION_RECLAMATION_REWARD"));
        EventContracts.assertValid(event(reward, "RewardProposed").value());
    }

    @Test
    void villagesOfCountiesWithoutARuleAndOtherEventsGetNoReward() throws Exception {
        String zuoquan = UUID.randomUUID().toString();
        String relocated = UUID.randomUUID().toString();

        publish(zuoquan, villageEvent(zuoquan, "140722", "VillageDemolished", 3));
        publish(relocated, villageEvent(relocated, YUSHE, "VillageRelocated", 2));
        demolishYusheVillage(UUID.randomUUID().toString()); // the events before it are consumed

        assertThat(rewardsOf(zuoquan)).isEmpty();
        assertThat(rewardsOf(relocated)).isEmpty();
    }

    @Test
    void approvingPaysTheRewardFromTheCountysBalanceOnceAndOnlyWhenTheBalanceCoversIt() throws Exception {
        String village = UUID.randomUUID().toString();
        String reward = demolishYusheVillage(village);
        String available = balance("AVAILABLE/LOCAL_GOVERNMENT_BOND/" + YUSHE);

        if (new BigDecimal(available).compareTo(new BigDecimal("200000.00")) < 0) {
            post(ADMIN, "/api/v1/rewards/" + reward + "/approve", "{\"paidOn\": \"2024-05-06\"}")
                    .statusCode(409).body("rule", equalTo("no-overdraw"));
        }
        fund("LOCAL_GOVERNMENT_BOND", YUSHE, "200000.00", "2024-05-01");
        post(officerOf(YUSHE), "/api/v1/rewards/" + reward + "/approve", "{\"paidOn\": \"2024-05-06\"}").statusCode(403);
        post(TestTokens.bearer("city-admin", "140722"), "/api/v1/rewards/" + reward + "/approve", "{\"paidOn\": \"2024-05-06\"}")
                .statusCode(403);
        post(ADMIN, "/api/v1/rewards/" + reward + "/approve", "{\"paidOn\": \"2024-05-06\"}").statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("APPROVED"));
        String payment = as(ADMIN).get("/api/v1/rewards/" + reward).then().extract().path("expenditureEntryId");

        as(ADMIN).get("/api/v1/entries/" + payment).then().statusCode(200)
                .body("kind", equalTo("EXPENDITURE"))
                .body("villageId", equalTo(village))
                .body("rewardId", equalTo(reward))
                .body("amount", equalTo("200000.00"));
        post(ADMIN, "/api/v1/rewards/" + reward + "/approve", "{}").statusCode(409).body("rule", equalTo("reward-paid-once"));
        EventContracts.assertValid(event(reward, "RewardApproved").value());
        EventContracts.assertValid(event(payment, "FundsSpent").value());
    }

    @Test
    void aVillageDemolishedEventThatCannotBeAppliedGoesToTheDeadLetterTopicAndTheNextIsApplied() throws Exception {
        String broken = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) JSON.readTree(villageEvent(broken, YUSHE, "VillageDemolished", 3));
        ((ObjectNode) event.get("data")).remove("county");

        publish(broken, JSON.writeValueAsBytes(event));
        demolishYusheVillage(UUID.randomUUID().toString());

        assertThat(TopicRecords.await("households.v1.dlq", r -> broken.equals(r.key()), 1, PATIENCE)).hasSize(1);
        assertThat(rewardsOf(broken)).isEmpty();
    }

    @Test
    void approvingWithoutAPaymentDatePaysOnTheProgrammesToday() throws Exception {
        String village = UUID.randomUUID().toString();
        String reward = demolishYusheVillage(village);
        fund("LOCAL_GOVERNMENT_BOND", YUSHE, "200000.00", "2019-03-01");

        clock.set(Instant.parse("2019-03-04T17:00:00Z")); // 01:00 on 2019-03-05 in Beijing
        post(ADMIN, "/api/v1/rewards/" + reward + "/approve", "{}").statusCode(200).body("status", equalTo("APPROVED"));
        clock.reset();

        String payment = as(ADMIN).get("/api/v1/rewards/" + reward).then().extract().path("expenditureEntryId");
        as(ADMIN).get("/api/v1/entries/" + payment).then().statusCode(200).body("occurredOn", equalTo("2019-03-05"));
    }

    @ParameterizedTest(name = "county {0}")
    @ValueSource(strings = {"140799", "140700"})
    void aVillageDemolishedEventOfACountyOutsideTheProgrammeGoesToTheDeadLetterTopic(String county) throws Exception {
        String outside = UUID.randomUUID().toString();

        publish(outside, villageEvent(outside, county, "VillageDemolished", 3));
        demolishYusheVillage(UUID.randomUUID().toString());

        assertThat(TopicRecords.await("households.v1.dlq", r -> outside.equals(r.key()), 1, PATIENCE)).hasSize(1);
        assertThat(as(ADMIN).queryParam("limit", 500).get("/api/v1/rewards").then().statusCode(200)
                .extract().<List<Object>>path("items.findAll { it.villageId == '" + outside + "' }")).isEmpty();
    }

    private static List<Map<String, Object>> rewardsOf(String village) {
        return as(ADMIN).queryParam("county", YUSHE).queryParam("limit", 500).get("/api/v1/rewards")
                .then().statusCode(200).extract().path("items.findAll { it.villageId == '" + village + "' }");
    }

    /** Publishes a Yushe village's VillageDemolished and returns the reward the rule proposed for it. */
    private static String demolishYusheVillage(String village) throws Exception {
        publish(village, villageEvent(village, YUSHE, "VillageDemolished", 3));
        return awaitReward(village);
    }

    private static String awaitReward(String village) {
        await().atMost(PATIENCE).until(() -> !rewardsOf(village).isEmpty());
        return (String) rewardsOf(village).get(0).get("id");
    }

    /** A VillageDemolished (or other village) event as households-service publishes it, checked against its contract. */
    private static byte[] villageEvent(String village, String county, String type, int version) throws Exception {
        ObjectNode data = JSON.createObjectNode()
                .put("id", village).put("version", version).put("county", county).put("name", "village " + village)
                .put("status", type.equals("VillageDemolished") ? "DEMOLISHED" : "RELOCATED")
                .put("householdCount", 12).put("relocatedOn", "2024-03-01");
        data.put("demolishedOn", type.equals("VillageDemolished") ? "2024-04-18" : null);
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", UUID.randomUUID().toString())
                .put("source", "/anju/households-service").put("type", "anju.households." + type)
                .put("time", OffsetDateTime.now().toString()).put("subject", village)
                .put("datacontenttype", "application/json").put("county", county).put("aggregateversion", version);
        event.set("data", data);
        byte[] bytes = JSON.writeValueAsBytes(event);
        EventContracts.assertValid(bytes);
        return bytes;
    }

    private static void publish(String key, byte[]... events) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (byte[] event : events) {
                producer.send(new ProducerRecord<>("households.v1", key, event)).get();
            }
        }
    }
}
