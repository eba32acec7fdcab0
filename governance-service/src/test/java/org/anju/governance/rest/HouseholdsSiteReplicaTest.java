package org.anju.governance.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.anju.testing.EventContracts;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.anju.governance.Api.HESHUN;
import static org.anju.governance.Api.YUSHE;
import static org.anju.governance.Api.officerOf;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class HouseholdsSiteReplicaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A SiteRegistered event as households-service publishes it, checked against its contract first. */
    private static byte[] siteRegistered(UUID site, String county) throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", site.toString());
        data.put("version", 1);
        data.put("county", county);
        data.put("name", "Yushe county-town site");
        data.put("placementMode", "COUNTY_TOWN");
        data.put("plannedHouseholds", 400);
        data.put("plannedPeople", 1200);
        data.put("status", "PLANNED");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", UUID.randomUUID().toString());
        event.put("source", "/anju/households-service");
        event.put("type", "anju.households.SiteRegistered");
        event.put("time", OffsetDateTime.now().toString());
        event.put("subject", site.toString());
        event.put("county", county);
        event.put("aggregateversion", 1);
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        byte[] bytes = JSON.writeValueAsBytes(event);
        EventContracts.assertValid(bytes);
        return bytes;
    }

    @Test
    void aSitePublishedByHouseholdsServiceKeepsGovernanceRecordsInItsCounty() throws Exception {
        UUID site = UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("households.v1", site.toString(), siteRegistered(site, YUSHE))).get();
        }
        Map<String, Object> inHeshun = Map.of("county", HESHUN, "siteId", site, "type", "CLINIC");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                officerOf(HESHUN).body(inHeshun).post("/api/v1/facilities")
                        .then().statusCode(409).body("rule", equalTo("site-county-mismatch")));
        officerOf(YUSHE).body(Map.of("county", YUSHE, "siteId", site, "type", "CLINIC")).post("/api/v1/facilities")
                .then().statusCode(201);
    }
}
