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
import java.util.UUID;

/** Encodes domain events as CloudEvents 1.0 in JSON structured mode and decodes them back. */
@ApplicationScoped
public class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    public static final String COUNTY = "county";
    public static final String AGGREGATE_VERSION = "aggregateversion";

    private static final String DATA_CONTENT_TYPE = "application/json";

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

    public EventEnvelope decode(byte[] payload) {
        if (payload == null) {
            throw new MalformedEventException("empty record");
        }
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
