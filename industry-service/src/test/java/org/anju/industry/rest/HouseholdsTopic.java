package org.anju.industry.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.anju.testing.EventContracts;
import org.anju.testing.TestStack;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Publishes households-service events to households.v1 as that service would, built from the
 * contracts (each one is validated against its schema before it is sent).
 */
public final class HouseholdsTopic {

    public static final String TOPIC = "households.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private HouseholdsTopic() {
    }

    /** A household snapshot; {@link #with} gives the next version with a change. */
    public record Household(UUID id, long version, String county, UUID siteId, String category, int memberCount,
                            int labourCapacityCount, String status, boolean removed) {

        public static Household registered(String county, int memberCount, int labourCapacityCount) {
            return new Household(UUID.randomUUID(), 1, county, UUID.randomUUID(), "REGISTERED_POOR", memberCount,
                    labourCapacityCount, "REGISTERED", false);
        }

        public Household movedIn() {
            return new Household(id, version + 1, county, siteId, category, memberCount, labourCapacityCount, "MOVED_IN", removed);
        }

        public Household withLabourCapacity(int count) {
            return new Household(id, version + 1, county, siteId, category, memberCount, count, status, removed);
        }

        public Household withMemberCount(int count) {
            return new Household(id, version + 1, county, siteId, category, count, labourCapacityCount, status, removed);
        }

        public Household removedInError() {
            return new Household(id, version + 1, county, siteId, category, memberCount, labourCapacityCount, status, true);
        }

        ObjectNode data() {
            ObjectNode data = JSON.createObjectNode()
                    .put("id", id.toString())
                    .put("version", version)
                    .put("registryNumber", "1407" + Math.abs(id.getLeastSignificantBits() % 100_000_000L))
                    .put("county", county)
                    .put("category", category)
                    .put("memberCount", memberCount)
                    .put("labourCapacityCount", labourCapacityCount)
                    .put("siteId", siteId.toString())
                    .put("status", status)
                    .put("povertyStatus", "IN_POVERTY")
                    .put("homesteadStatus", "TO_DEMOLISH")
                    .put("removed", removed);
            data.putNull("movedInOn");
            if (status.equals("MOVED_IN")) {
                data.put("movedInOn", "2019-10-01");
            }
            return data;
        }
    }

    public static void publish(String type, Household household) {
        send(type, household.id(), household.county(), household.version(), household.data());
    }

    public static UUID publishSite(String county, long version) {
        UUID id = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode()
                .put("id", id.toString())
                .put("version", version)
                .put("county", county)
                .put("name", "Site " + id)
                .put("placementMode", "COUNTY_TOWN")
                .put("plannedHouseholds", 400)
                .put("plannedPeople", 1200)
                .put("status", "COMPLETED");
        send("SiteRegistered", id, county, version, data);
        return id;
    }

    private static void send(String type, UUID subject, String county, long version, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/anju/households-service")
                .put("type", "anju.households." + type)
                .put("time", OffsetDateTime.now().toString())
                .put("subject", subject.toString())
                .put("datacontenttype", "application/json")
                .put("county", county)
                .put("aggregateversion", version);
        event.set("data", data);
        EventContracts.assertValid(event);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, subject.toString(), JSON.writeValueAsBytes(event))).get();
        } catch (ExecutionException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
