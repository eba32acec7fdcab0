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

    private static CloudEventCodec codec(String producer) {
        return new CloudEventCodec(JSON, new EventsConfig() {
            @Override
            public Optional<String> topic() {
                return Optional.of(producer + ".v1");
            }

            @Override
            public String source() {
                return "/anju/" + producer + "-service";
            }

            @Override
            public Optional<String> typePrefix() {
                return Optional.of("anju." + producer);
            }
        }, producer + "-service");
    }

    private final KafkaProducer<String, byte[]> kafka = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafka().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());

    record Event(String eventName, ObjectNode data) implements DomainEvent {
        @Override
        public String aggregateId() {
            return data.has("id") ? data.path("id").asText() : data.path("householdId").asText();
        }

        @Override
        public long aggregateVersion() {
            return data.path("version").asLong();
        }

        @Override
        public String county() {
            return data.path("county").isTextual() ? data.path("county").asText() : null;
        }
    }

    void publish(String eventName, ObjectNode snapshot) {
        publish("households", eventName, snapshot);
    }

    /** Publishes as {@code producer}-service on its topic, e.g. {@code publish("funding", "FundsReceived", entry)}. */
    void publish(String producer, String eventName, ObjectNode snapshot) {
        publish(producer, eventName, snapshot, OffsetDateTime.now());
    }

    /** Publishes an event of {@code time} (the day the gateway first records an aggregate by). */
    void publish(String producer, String eventName, ObjectNode snapshot, OffsetDateTime time) {
        Event event = new Event(eventName, snapshot);
        byte[] value = codec(producer).encode(event, UUID.randomUUID(), time);
        EventContracts.assertValid(value);
        try {
            kafka.send(new ProducerRecord<>(producer + ".v1", event.aggregateId(), value)).get();
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

    static ObjectNode ledgerEntry(String id, String kind, String source, String county, String purpose, String amount,
                                  String reversesEntryId, String reversedKind) {
        ObjectNode entry = JSON.createObjectNode().put("id", id).put("version", 1).put("kind", kind).put("source", source)
                .put("county", county).put("purpose", purpose).put("amount", amount).put("occurredOn", "2018-06-30")
                .put("documentNumber", kind.equals("RECEIPT") ? "晋发改投资〔2018〕1号" : null)
                .putNull("siteId").putNull("householdId").putNull("villageId").putNull("industryProjectId").putNull("rewardId")
                .put("reversesEntryId", reversesEntryId).put("reversedKind", reversedKind)
                .put("reason", reversesEntryId == null ? null : "entered twice")
                .put("recordedAt", "2018-06-30T08:00:00Z");
        entry.putArray("balances").addObject().put("id", UUID.randomUUID().toString()).put("account", "UNDISBURSED")
                .put("source", source).putNull("county").putNull("purpose").put("amount", "0.00").put("version", 1);
        return entry;
    }

    static ObjectNode beneficiary(String id, long version, String projectId, String householdId, String county, boolean active) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("projectId", projectId)
                .put("householdId", householdId).put("county", county).putNull("siteId").put("category", "REGISTERED_POOR")
                .put("memberCount", 4).put("expectedAnnualIncrease", "5000.00").put("dividendsPaid", "0.00").put("active", active);
    }

    static ObjectNode employment(String id, long version, String county, String workshopId, String channel, String startDate,
                                 String endDate, String monthlyIncome) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("householdId", UUID.randomUUID().toString())
                .put("memberRef", "member-1").put("county", county).putNull("siteId").put("channel", channel).put("employer", "大寨制衣")
                .put("workshopId", workshopId).put("startDate", startDate).putNull("plannedEndDate").put("endDate", endDate)
                .put("monthlyIncome", monthlyIncome).put("contract", true).put("stable", true).put("status", endDate == null ? "ACTIVE" : "ENDED");
    }

    static ObjectNode householdEmployment(String householdId, long version, String county, boolean stablyEmployed) {
        return JSON.createObjectNode().put("householdId", householdId).put("version", version).put("county", county)
                .putNull("siteId").put("category", "REGISTERED_POOR").put("memberCount", 4).put("labourCapacityCount", 2)
                .put("relocated", true).put("removed", false).put("employedMembers", stablyEmployed ? 1 : 0)
                .put("stablyEmployedMembers", stablyEmployed ? 1 : 0).put("stablyEmployed", stablyEmployed)
                .put("zeroEmployment", !stablyEmployed);
    }

    static ObjectNode training(String id, long version, String county, int trainees, int employedAfter) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("topic", "食用菌种植").put("county", county)
                .put("heldFrom", "2019-03-01").put("heldTo", "2019-03-05").put("sessions", 2).put("trainees", trainees)
                .put("employedAfter", employedAfter);
    }

    static ObjectNode facility(String id, long version, String county, String siteId, String type, String status) {
        return JSON.createObjectNode().put("id", id).put("version", version).put("county", county).put("siteId", siteId)
                .put("type", type).put("name", "卫生室").putNull("beds").put("status", status)
                .put("openedOn", status.equals("PLANNED") ? null : "2019-01-10")
                .put("closedOn", status.equals("CLOSED") ? "2020-01-10" : null);
    }

    static ObjectNode request(String id, long version, String county, String siteId, String submittedAt, String resolvedAt) {
        boolean resolved = resolvedAt != null;
        return JSON.createObjectNode().put("id", id).put("version", version).put("county", county).put("siteId", siteId)
                .put("householdId", UUID.randomUUID().toString()).put("category", "DIFFICULTY").put("channel", "IN_PERSON")
                .put("status", resolved ? "RESOLVED" : "ACCEPTED").put("submittedAt", submittedAt).put("submittedBy", "officer-1")
                .put("acceptDueAt", "2026-01-02T08:00:00Z").put("acceptedAt", "2026-01-01T10:00:00Z").put("acceptedBy", "officer-1")
                .put("acceptedOnTime", true).put("resolveDueAt", "2026-01-08T08:00:00Z").put("resolvedAt", resolvedAt)
                .put("resolvedBy", resolved ? "officer-2" : null).put("resolvedOnTime", resolved ? Boolean.TRUE : null)
                .put("rectificationRequired", false).put("replyDueAt", resolved ? "2026-01-09T08:00:00Z" : null)
                .putNull("repliedAt").putNull("repliedBy").putNull("repliedOnTime").putNull("rectifiedAt").putNull("rectifiedBy")
                .putNull("acceptOverdueAt").putNull("resolveOverdueAt").putNull("replyOverdueAt");
    }

    @Override
    public void close() {
        kafka.close();
    }
}
