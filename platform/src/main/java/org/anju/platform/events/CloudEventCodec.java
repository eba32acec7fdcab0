package org.anju.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

/** Encodes domain events as CloudEvents 1.0 in JSON structured mode and decodes them back. */
@ApplicationScoped
public class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    public static final String COUNTY = "county";
    public static final String AGGREGATE_VERSION = "aggregateversion";

    private static final String DATA_CONTENT_TYPE = "application/json";
    /** The attributes {@link #encode} writes: an event with others is read by the SDK's reader. */
    private static final Set<String> ATTRIBUTES = Set.of("specversion", "id", "source", "type", "time", "subject",
            "datacontenttype", "data", COUNTY, AGGREGATE_VERSION);

    private final EventFormat format = new JsonFormat();
    private final ObjectMapper objectMapper;
    private final URI source;
    private final String typePrefix;

    public CloudEventCodec(ObjectMapper objectMapper, EventsConfig config,
                           @ConfigProperty(name = "quarkus.application.name") String application) {
        this.objectMapper = objectMapper;
        this.source = URI.create(config.source());
        this.typePrefix = config.typePrefix().orElse("anju." + application.replaceFirst("-service$", ""));
    }

    public String type(DomainEvent event) {
        return typePrefix + "." + event.eventName();
    }

    public byte[] encode(DomainEvent event, UUID id, OffsetDateTime time) {
        if (event.aggregateVersion() < 1) {
            throw new IllegalArgumentException("aggregate versions start at 1: " + event);
        }
        try {
            CloudEventBuilder builder = CloudEventBuilder.v1()
                    .withId(id.toString())
                    .withSource(source)
                    .withType(type(event))
                    .withTime(time)
                    .withSubject(event.aggregateId())
                    // CloudEvents' integer type is 32-bit; a longer version is not a real aggregate
                    .withExtension(AGGREGATE_VERSION, Math.toIntExact(event.aggregateVersion()))
                    .withData(DATA_CONTENT_TYPE, objectMapper.writeValueAsBytes(event.data()));
            if (event.county() != null) {
                builder.withExtension(COUNTY, event.county());
            }
            return format.serialize(builder.build());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + event.eventName(), e);
        }
    }

    /**
     * The event a record holds. The suite's own events (structured JSON mode, CloudEvents 1.0, JSON
     * {@code data}, as {@link #encode} writes them) are read in one pass into one tree, whose {@code data}
     * is the snapshot; anything else goes through the CloudEvents SDK's reader, with the same result or
     * the same {@link MalformedEventException}.
     */
    public EventEnvelope decode(byte[] payload) {
        if (payload == null) {
            throw new MalformedEventException("empty record");
        }
        JsonNode tree;
        try {
            tree = objectMapper.readTree(payload);
        } catch (IOException e) {
            tree = null; // the SDK's reader says what is wrong with it
        }
        EventEnvelope event = tree == null ? null : fromTree(tree);
        return event != null ? event : decodeWithFormat(payload);
    }

    /** The envelope of an event in the shape {@link #encode} writes; null for any other shape (left to the SDK's reader). */
    private static EventEnvelope fromTree(JsonNode event) {
        JsonNode id = event.get("id");
        JsonNode source = event.get("source");
        JsonNode type = event.get("type");
        JsonNode time = event.get("time");
        JsonNode subject = event.get("subject");
        JsonNode data = event.get("data");
        JsonNode contentType = event.get("datacontenttype");
        JsonNode county = event.get(COUNTY);
        JsonNode version = event.get(AGGREGATE_VERSION);
        if (!event.isObject() || !ATTRIBUTES.containsAll(toSet(event.fieldNames())) || !"1.0".equals(text(event.get("specversion")))
                || !textual(id, source, type, time, subject) || data == null || !data.isContainerNode()
                || contentType != null && !DATA_CONTENT_TYPE.equals(contentType.textValue()) || county != null && !county.isTextual()
                || version == null || !version.isIntegralNumber() || !version.canConvertToLong() || version.longValue() < 1) {
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(time.textValue());
            URI.create(source.textValue());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
        return new EventEnvelope(id.textValue(), source.textValue(), type.textValue(), at, subject.textValue(),
                county == null ? null : county.textValue(), version.longValue(), data);
    }

    private static Set<String> toSet(Iterator<String> names) {
        Set<String> set = new HashSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    private static boolean textual(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node) {
        return node == null ? null : node.textValue();
    }

    /** Decodes through the CloudEvents SDK's JSON format (every shape the specification allows). */
    EventEnvelope decodeWithFormat(byte[] payload) {
        CloudEvent event;
        try {
            event = format.deserialize(payload);
        } catch (EventDeserializationException | IllegalStateException | IllegalArgumentException e) {
            throw new MalformedEventException("not a CloudEvents JSON event: " + e.getMessage(), e);
        }
        if (event.getSubject() == null || event.getData() == null || event.getTime() == null) {
            throw new MalformedEventException("event " + event.getId() + " lacks a subject, time or data");
        }
        long version = aggregateVersion(event);
        Object county = event.getExtension(COUNTY);
        try {
            JsonNode data = objectMapper.readTree(event.getData().toBytes());
            return new EventEnvelope(event.getId(), event.getSource().toString(), event.getType(), event.getTime(),
                    event.getSubject(), county == null ? null : county.toString(), version, data);
        } catch (IOException e) {
            throw new MalformedEventException("event " + event.getId() + " has data that is not JSON", e);
        }
    }

    private static long aggregateVersion(CloudEvent event) {
        Object version = event.getExtension(AGGREGATE_VERSION);
        try {
            long value = version instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(version));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedEventException("event " + event.getId() + " lacks a positive aggregateversion");
    }
}
