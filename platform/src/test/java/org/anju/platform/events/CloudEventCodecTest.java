package org.anju.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.anju.platform.testapp.ThingChanged;
import org.anju.testing.EventContracts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.anju.platform.testapp.ThingService.thing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().findAndRegisterModules(), new EventsConfig() {
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
            return Optional.empty();
        }
    }, "households-service");

    @Test
    void theTypeIsTheProducerPrefixAndThePastTenseName() {
        assertThat(codec.type(new ThingChanged(thing("a", 1)))).isEqualTo("anju.households.ThingChanged");
    }

    @Test
    void anEncodedEventIsAStructuredCloudEventThatDecodesToTheSameAttributes() {
        UUID id = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.of(2026, 11, 28, 9, 30, 0, 0, ZoneOffset.UTC);
        byte[] json = codec.encode(new ThingChanged(thing("site-7", 3)), id, time);

        assertThat(new String(json, StandardCharsets.UTF_8))
                .contains("\"specversion\":\"1.0\"", "\"aggregateversion\":3", "\"county\":\"140723\"", "\"data\":{");
        EventEnvelope event = codec.decode(json);
        assertThat(event.id()).isEqualTo(id.toString());
        assertThat(event.source()).isEqualTo("/anju/households-service");
        assertThat(event.subject()).isEqualTo("site-7");
        assertThat(event.county()).isEqualTo("140723");
        assertThat(event.aggregateVersion()).isEqualTo(3);
        assertThat(event.time()).isEqualTo(time);
        assertThat(event.name()).isEqualTo("ThingChanged");
        assertThat(event.data().path("name").asText()).isEqualTo("thing site-7 v3");
        assertThat(EventContracts.schemaPath(event.type())).isEqualTo("contracts/households/ThingChanged.schema.json");
    }

    @Test
    void aCityLevelEventHasNoCounty() {
        byte[] json = codec.encode(new ThingChanged(new ThingChanged.Thing("city", null, 1, "x")), UUID.randomUUID(), OffsetDateTime.now());
        assertThat(codec.decode(json).county()).isNull();
    }

    @Test
    void versionsStartAtOne() {
        assertThatThrownBy(() -> codec.encode(new ThingChanged(thing("a", 0)), UUID.randomUUID(), OffsetDateTime.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void somethingThatIsNotAnAnjuEventIsMalformed() {
        assertThatThrownBy(() -> codec.decode("{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode(("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"t\","
                + "\"time\":\"2026-01-01T00:00:00Z\",\"subject\":\"s\",\"datacontenttype\":\"application/json\",\"data\":{}}")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("aggregateversion");
        assertThatThrownBy(() -> codec.decode(null)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void theOnePassReadingOfTheSuitesOwnEventsGivesWhatTheSdksReaderGives() {
        OffsetDateTime time = OffsetDateTime.of(2026, 11, 28, 17, 30, 0, 123_456_000, ZoneOffset.ofHours(8));
        List<byte[]> events = List.of(
                codec.encode(new ThingChanged(thing("site-7", 3)), UUID.randomUUID(), time),
                codec.encode(new ThingChanged(new ThingChanged.Thing("city", null, 1, "x")), UUID.randomUUID(), time),
                codec.encode(new ThingChanged(thing("big", 2_000_000_000)), UUID.randomUUID(), time.withOffsetSameInstant(ZoneOffset.UTC)));
        for (byte[] json : events) {
            assertThat(codec.decode(json)).isEqualTo(codec.decodeWithFormat(json));
        }
        // shapes the suite does not write are read by the SDK, with the same result
        String own = new String(events.get(0), StandardCharsets.UTF_8);
        for (String other : List.of(
                own.replace("\"aggregateversion\":3", "\"aggregateversion\":\"3\""),
                own.replace("\"specversion\":\"1.0\"", "\"specversion\":\"1.0\",\"dataschema\":\"urn:thing\""),
                own.replace("\"datacontenttype\":\"application/json\",", ""))) {
            byte[] json = other.getBytes(StandardCharsets.UTF_8);
            assertThat(other).isNotEqualTo(own);
            assertThat(codec.decode(json)).isEqualTo(codec.decodeWithFormat(json));
        }
        String noSubject = own.replaceAll("\"subject\":\"[^\"]*\",?", "");
        assertThatThrownBy(() -> codec.decode(noSubject.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("lacks a subject");
    }
}
