package org.anju.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.anju.platform.testapp.ThingChanged;
import org.anju.testing.EventContracts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
}
