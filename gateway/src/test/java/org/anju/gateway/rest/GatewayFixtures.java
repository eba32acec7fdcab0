package org.anju.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.platform.events.CloudEventCodec;
import org.anju.platform.events.DomainEvent;
import org.anju.platform.events.EventsConfig;
import org.anju.testing.EventContracts;
import org.anju.testing.TestStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes households-service events to the test broker exactly as that service does: CloudEvents
 * built by the platform codec, each checked against its contract in {@code contracts/households/}.
 */
final class GatewayFixtures implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    static GatewayFixtures fixtures() {
        return new GatewayFixtures();
    }

    private final CloudEventCodec codec = new CloudEventCodec(JSON, new EventsConfig() {
        @Override
        public Optional<String> topic() {
            return Optional.of("households.v1");
        }

        @Override
        public String source() {
            return "/anju/households-service";
        }

        @Override
        public Optional<String> typePrefix() {
            return Optional.of("anju.households");
        }
    }, "households-service");

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    record Event(String eventName, ObjectNode data) implements DomainEvent {
        @Override
        public String aggregateId() {
            return data.path("id").asText();
        }

        @Override
        public long aggregateVersion() {
            return data.path("version").asLong();
        }

        @Override
        public String county() {
            return data.path("county").asText();
        }
    }

    void publish(String eventName, ObjectNode snapshot) {
        byte[] value = codec.encode(new Event(eventName, snapshot), UUID.randomUUID(), OffsetDateTime.now());
        EventContracts.assertValid(value);
        try {
            producer.send(new ProducerRecord<>("households.v1", snapshot.path("id").asText(), value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode household(String id, long version, String county, String siteId, String category, int members,
                                String status, String poverty, String homestead) {
        ObjectNode household = JSON.createObjectNode()
                .put("id", id).put("version", version).put("registryNumber", "RN-" + id.substring(0, 8))
                .put("county", county).put("originVillage", "石拐村").put("originNaturalVillage", "后沟")
                .putNull("villageId").put("category", category).put("memberCount", members)
                .put("labourCapacityCount", Math.min(2, members)).put("siteId", siteId).put("status", status)
                .put("povertyStatus", poverty).put("homesteadStatus", homestead).put("removed", false);
        household.put("housingAllocatedOn", status.equals("REGISTERED") ? null : "2019-05-01");
        household.put("movedInOn", status.equals("MOVED_IN") ? "2019-06-01" : null);
        household.put("liftedOn", poverty.equals("LIFTED") ? "2020-01-10" : null);
        household.put("demolishedOn", homestead.equals("DEMOLISHED") || homestead.equals("RECLAIMED") ? "2019-08-01" : null);
        household.put("reclaimedOn", homestead.equals("RECLAIMED") ? "2019-10-01" : null);
        return household;
    }

    static ObjectNode site(String id, long version, String county, String status) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("county", county).put("town", "义兴镇")
                .put("name", "和顺县城安置点").put("placementMode", "COUNTY_TOWN").put("plannedHouseholds", 300)
                .put("plannedPeople", 900).put("status", status).put("constructionStartedOn", "2017-03-01")
                .put("completedOn", status.equals("COMPLETED") ? "2018-10-01" : null);
    }

    static ObjectNode task(String id, long version, String county, int people) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("county", county)
                .put("period", "2016-2020").put("plannedPeople", people).putNull("plannedHouseholds");
    }

    static ObjectNode village(String id, long version, String county, String status) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("county", county).put("township", "横岭镇")
                .put("name", "南窑自然村").put("status", status).put("householdCount", 12)
                .put("relocatedOn", "2019-06-01").put("demolishedOn", status.equals("RELOCATED") ? null : "2019-09-01")
                .put("reclaimedOn", status.equals("RECLAIMED") ? "2020-04-01" : null);
    }

    @Override
    public void close() {
        producer.close();
    }
}
