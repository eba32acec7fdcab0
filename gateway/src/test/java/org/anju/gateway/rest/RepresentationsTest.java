package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.anju.gateway.repository.ProjectionVersionRepository;
import org.anju.platform.consumer.EventConsumer;
import org.anju.platform.consumer.TopicStatus;
import org.anju.testing.StackTestResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The indicator reads' JSON is written once while the service keeps their figures ({@link Representations}), and
 * is still byte for byte what the application's Jackson writes of the same view ({@link PlainJsonTestResource}),
 * from the first read of a projection version and from the reads after it, in either language; the ETag is over
 * those bytes, so it changes with the consumer's lag (which moves without the version) and with an applied event.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class RepresentationsTest {

    /** 灵石: the dashboard's data and other tests' funds are there too; this test only compares answers. */
    private static final String LINGSHI = "140729";
    private static final String INDICATORS = "/api/v1/indicators?county=" + LINGSHI;

    @Inject
    ProjectionVersionRepository version;

    @Inject
    EventConsumer consumer;

    @ParameterizedTest
    @CsvSource({"/api/v1/indicators?county=" + LINGSHI + ", /indicators?county=" + LINGSHI + ", true",
            "/api/v1/indicators, /indicators, true",
            "/api/v1/counties, /counties, true",
            "/api/v1/counties/" + LINGSHI + "/sites, /counties/" + LINGSHI + "/sites, false",
            "/api/v1/indicators/catalogue, /catalogue, true"})
    void theFirstAndARepeatedReadOfAVersionAnswerWhatJacksonWritesOfTheView(String read, String plain, boolean byLanguage) {
        byte[] zh = firstAndRepeated(read, plain, "zh-CN");
        byte[] en = firstAndRepeated(read, plain, "en");
        if (byLanguage) {
            assertThat(zh).as("the language's texts").isNotEqualTo(en);
        }
    }

    @Test
    void theETagFollowsTheConsumersLagWhichMovesWithoutTheVersion() {
        List<TopicStatus> topics = consumer.status();
        AtomicLong lag = new AtomicLong();
        QuarkusMock.installMockForType(new EventConsumer(null, null, null, null, null, null, null, null) {
            @Override
            public List<TopicStatus> status() {
                return topics.stream().map(topic -> new TopicStatus(topic.topic(), lag.get(), topic.lastEventTime(),
                        topic.lastAppliedAt(), topic.deadLettered(), topic.partitions())).toList();
            }
        }, EventConsumer.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> { // again should an event move the version meanwhile
            long at = version.current();
            lag.set(0);
            Response caughtUp = read(INDICATORS, "en");
            lag.set(42);
            Response behind = read(INDICATORS, "en");
            byte[] plain = plain("/indicators?county=" + LINGSHI, "en");
            Response behindAgain = read(INDICATORS, "en");
            lag.set(0);
            Response caughtUpAgain = read(INDICATORS, "en");
            assertThat(version.current()).as("the version stood").isEqualTo(at);

            assertThat(JsonPath.from(behind.asString()).getList("freshness.lag", Long.class)).containsOnly(42L);
            assertThat(behind.asByteArray()).isEqualTo(plain).isEqualTo(behindAgain.asByteArray());
            assertThat(behind.header("ETag")).isNotEqualTo(caughtUp.header("ETag")).isEqualTo(EntityTags.of(plain))
                    .isEqualTo(behindAgain.header("ETag"));
            assertThat(caughtUpAgain.asByteArray()).isEqualTo(caughtUp.asByteArray());
            assertThat(caughtUpAgain.header("ETag")).isEqualTo(caughtUp.header("ETag")).isEqualTo(EntityTags.of(caughtUp.asByteArray()));

            given().header("If-None-Match", behind.header("ETag")).get(INDICATORS).then().statusCode(200)
                    .header("ETag", caughtUp.header("ETag"));
            given().header("If-None-Match", caughtUp.header("ETag")).get(INDICATORS).then().statusCode(304)
                    .header("ETag", caughtUp.header("ETag"));
            given().head(INDICATORS).then().statusCode(200).header("ETag", caughtUp.header("ETag"))
                    .header("Cache-Control", "no-cache");
        });
    }

    @Test
    void anAppliedEventChangesTheETagAndTheAnswerIsStillWhatJacksonWrites() {
        String before = read(INDICATORS, "zh-CN").header("ETag");
        try (var events = GatewayFixtures.fixtures()) {
            events.publish("funding", "FundsDisbursed", GatewayFixtures.ledgerEntry(UUID.randomUUID().toString(), "DISBURSEMENT",
                    "CENTRAL_BUDGET", LINGSHI, null, "1000.00", null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Accept-Language", "zh-CN").header("If-None-Match", before).get(INDICATORS).statusCode() == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long at = version.current();
            Response first = read(INDICATORS, "zh-CN");
            Response again = read(INDICATORS, "zh-CN");
            byte[] plain = plain("/indicators?county=" + LINGSHI, "zh-CN");
            assertThat(version.current()).as("the version stood").isEqualTo(at);
            assertThat(first.header("ETag")).isNotEqualTo(before).isEqualTo(again.header("ETag")).isEqualTo(EntityTags.of(plain));
            assertThat(first.asByteArray()).isEqualTo(plain).isEqualTo(again.asByteArray());
        });
    }

    /** The body of the first read after the version moved on, which equals a repeated read's and Jackson's. */
    private byte[] firstAndRepeated(String read, String plain, String language) {
        AtomicReference<byte[]> body = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> { // again should an event move the version meanwhile
            version.moveOn();
            long at = version.current();
            Response first = read(read, language);
            Response again = read(read, language);
            byte[] expected = plain(plain, language);
            assertThat(version.current()).as("the version stood").isEqualTo(at);
            assertThat(first.asByteArray()).as(read + " in " + language).isEqualTo(expected);
            assertThat(again.asByteArray()).as(read + " in " + language + " again").isEqualTo(expected);
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo(EntityTags.of(expected));
            body.set(expected);
        });
        return body.get();
    }

    private static Response read(String path, String language) {
        return given().header("Accept-Language", language).get(path).then().statusCode(200).extract().response();
    }

    private static byte[] plain(String path, String language) {
        return given().header("Accept-Language", language).get("/api/test/plain-json" + path).then().statusCode(200)
                .extract().asByteArray();
    }
}
