package org.anju.platform.idempotency;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.anju.platform.problem.Problem;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class IdempotencyTest {

    private static final String COMMANDS = "/api/test/commands";
    private static final String OFFICER = TestTokens.bearer("county-officer", "140723");

    @Inject
    IdempotencyStore store;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void reset() {
        IdempotencyTestResource.EXECUTIONS.set(0);
        IdempotencyTestResource.FAIL_NEXT.set(false);
        IdempotencyTestResource.hold = new CountDownLatch(0);
    }

    private static Response post(String key, String name) {
        return post(OFFICER, key, name);
    }

    private static Response post(String token, String key, String name) {
        return given().header("Authorization", token).header(IdempotencyFilter.HEADER, key)
                .contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .post(COMMANDS);
    }

    @Test
    void retryWithSameKeyAndBodyReplaysFirstResponse() {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "move-in");
        Response retry = post(key, "move-in");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(1);
    }

    @Test
    void requestsWithoutKeyRunEveryTime() {
        given().header("Authorization", OFFICER).contentType("application/json").body("{\"name\": \"a\"}").post(COMMANDS)
                .then().statusCode(201);
        given().header("Authorization", OFFICER).contentType("application/json").body("{\"name\": \"a\"}").post(COMMANDS)
                .then().statusCode(201);
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void sameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        post(key, "move-in").then().statusCode(201);
        post(key, "demolish").then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:anju:problem:idempotency-key-reused"));
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        post(key, "move-in").then().statusCode(201);
        post(TestTokens.bearer("city-admin", null), key, "move-in").then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void concurrentRetriesExecuteExactlyOnceAndAllGetItsResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotencyTestResource.hold = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                responses.add(clients.submit((Callable<Response>) () -> post(key, "move-in")));
            }
            Thread.sleep(500); // every client is now running or waiting behind the first
            IdempotencyTestResource.hold.countDown();
            List<String> locations = new ArrayList<>();
            int replays = 0;
            for (Future<Response> response : responses) {
                Response done = response.get(30, TimeUnit.SECONDS);
                assertThat(done.statusCode()).isEqualTo(201);
                locations.add(done.header("Location"));
                replays += "true".equals(done.header(IdempotencyFilter.REPLAYED_HEADER)) ? 1 : 0;
            }
            assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(1);
            assertThat(replays).isEqualTo(9);
            assertThat(locations).containsOnly(locations.get(0));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void retryWhileFirstAttemptRunsTooLongIsA409() throws Exception {
        String key = UUID.randomUUID().toString();
        IdempotencyTestResource.hold = new CountDownLatch(1);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<Response> first = client.submit(() -> post(key, "move-in"));
            Thread.sleep(300);
            post(key, "move-in").then()
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("urn:anju:problem:idempotency-in-progress"));
            IdempotencyTestResource.hold.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        } finally {
            client.shutdownNow();
        }
    }

    @Test
    void failedFirstAttemptReleasesTheKey() {
        String key = UUID.randomUUID().toString();
        IdempotencyTestResource.FAIL_NEXT.set(true);
        post(key, "move-in").then().statusCode(500);
        post(key, "move-in").then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void expiredKeysArePurgedAndTheRequestRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, "move-in").then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement expire = connection.prepareStatement(
                     "UPDATE platform_idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = ?")) {
            expire.setString(1, key);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }

        assertThat(store.purgeExpired()).isGreaterThanOrEqualTo(1);

        post(key, "move-in").then().statusCode(201).header(IdempotencyFilter.REPLAYED_HEADER, (String) null);
        assertThat(IdempotencyTestResource.EXECUTIONS.get()).isEqualTo(2);
    }

    @Test
    void invalidKeyIsA400() {
        post("with space", "move-in").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:anju:problem:invalid-idempotency-key"));
    }
}
