package org.anju.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A keyed command and its Idempotency-Key commit in one transaction: no crash point applies it twice. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class KeyedEffectsTest {

    private static final String EFFECTS = "/api/test/effects";
    private static final String OFFICER = TestTokens.bearer("county-officer", "140723");
    private static final byte[] HASH = new byte[32];

    @Inject
    IdempotencyStore store;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void clean() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM test_effects");
            statement.execute("UPDATE test_balance SET amount = 0");
        }
    }

    @Test
    void aCrashBeforeTheCommitLeavesNeitherEffectNorKeySoTheRetryAppliesItOnce() throws SQLException {
        IdempotencyStore.Key key = key();
        IdempotencyStore.Execute first = (IdempotencyStore.Execute) store.claim(key, HASH);
        effect("first attempt");
        QuarkusTransaction.rollback(); // the process dies before its transaction commits
        assertThat(effects()).isZero();

        IdempotencyStore.Execute retry = (IdempotencyStore.Execute) store.claim(key, HASH);
        effect("retry");
        retry.claim().complete(new StoredResponse(201, "application/json", "{}".getBytes(), "/x/1", "\"1\""));
        assertThat(effects()).isEqualTo(1);
        assertThat(first).isNotNull();
    }

    @Test
    void aCrashAfterTheCommitLeavesBothSoTheRetryReplaysInsteadOfApplyingAgain() throws SQLException {
        IdempotencyStore.Key key = key();
        IdempotencyStore.Execute first = (IdempotencyStore.Execute) store.claim(key, HASH);
        effect("first attempt");
        first.claim().complete(new StoredResponse(201, "application/json", "{\"id\":1}".getBytes(), "/x/1", "\"1\""));
        // the process dies before the client hears back; the client retries

        IdempotencyStore.Outcome retry = store.claim(key, HASH);
        assertThat(retry).isInstanceOf(IdempotencyStore.Replay.class);
        assertThat(((IdempotencyStore.Replay) retry).response().location()).isEqualTo("/x/1");
        assertThat(effects()).isEqualTo(1);
    }

    @Test
    void aRefusalIsRememberedAndWhatTheRequestDidIsRolledBack() throws SQLException {
        String key = UUID.randomUUID().toString();
        post(key, "overdraw", -5).then().statusCode(409).body("rule", equalTo("no-overdraw"));
        post(key, "overdraw", -5).then().statusCode(409).header(IdempotencyFilter.REPLAYED_HEADER, "true");
        assertThat(effects()).isZero();
        assertThat(balance()).isZero();
    }

    @Test
    void fiftyConcurrentKeyedCommandsOnOneLockedBalanceAllSucceedOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(50);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String key = UUID.randomUUID().toString();
                int n = i;
                responses.add(clients.submit(() -> post(key, "disbursement " + n, 1)));
            }
            for (Future<Response> response : responses) {
                Response done = response.get(60, TimeUnit.SECONDS);
                assertThat(done.statusCode()).as(done.asString()).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(effects()).isEqualTo(50);
        assertThat(balance()).isEqualTo(50);
    }

    @Test
    void aRetryOfACommittedCommandIsReplayedOverHttp() throws SQLException {
        String key = UUID.randomUUID().toString();
        Response first = post(key, "receipt", 7);
        Response retry = post(key, "receipt", 7);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(effects()).isEqualTo(1);
        assertThat(balance()).isEqualTo(7);
        assertThat(first.contentType()).doesNotStartWith(Problem.MEDIA_TYPE);
    }

    private static Response post(String key, String name, long amount) {
        return given().header("Authorization", OFFICER).header(IdempotencyFilter.HEADER, key)
                .contentType("application/json").body("{\"name\": \"" + name + "\", \"amount\": " + amount + "}")
                .post(EFFECTS);
    }

    private static IdempotencyStore.Key key() {
        return new IdempotencyStore.Key("tester", "POST", EFFECTS, UUID.randomUUID().toString());
    }

    /** The effect, in the transaction the claim left active on this thread. */
    private void effect(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO test_effects (name) VALUES (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
    }

    private long effects() throws SQLException {
        return count("SELECT count(*) FROM test_effects");
    }

    private long balance() throws SQLException {
        return count("SELECT amount FROM test_balance WHERE id = 1");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
