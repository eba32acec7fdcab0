package org.anju.gateway.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.anju.gateway.domain.Counter;
import org.anju.gateway.repository.ProjectionVersionRepository;
import org.anju.testing.StackTestResource;
import org.anju.testing.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures an instance keeps in memory follow the projection's shared version: what another gateway instance
 * writes (here: written straight into the tables, as its transaction would) is not shown until that transaction
 * moves the version on, and is shown from the first read after.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
@WithTestResource(EchoOriginResource.class)
class FiguresInMemoryTest {

    @Inject
    DataSource dataSource;

    @Inject
    ProjectionVersionRepository version;

    @Test
    void anotherInstancesWriteShowsOnceItMovesTheVersionOn() throws SQLException {
        String scope = "site:" + UUID.randomUUID();
        execute("INSERT INTO gw_counters (scope_key, counter, value) VALUES (?, ?, 3)", scope);
        version.moveOn();
        String site = scope.substring("site:".length());
        assertThat(households(site)).isEqualTo(3);

        execute("UPDATE gw_counters SET value = 7 WHERE scope_key = ? AND counter = ?", scope);
        assertThat(households(site)).as("kept in memory while the version stands").isEqualTo(3);
        version.moveOn();
        assertThat(households(site)).as("read afresh once another instance's transaction moved the version on").isEqualTo(7);

        execute("DELETE FROM gw_counters WHERE scope_key = ? AND counter = ?", scope);
        version.moveOn();
    }

    private static int households(String site) {
        return given().header("Authorization", TestTokens.bearer("city-admin", null)).get("/api/v1/sites/" + site + "/indicators")
                .then().statusCode(200).extract().path("indicators.find { it.id == 'relocation.households' }.value");
    }

    private void execute(String sql, String scope) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, scope);
            if (sql.contains("counter")) {
                statement.setString(2, Counter.HOUSEHOLDS.key());
            }
            statement.executeUpdate();
        }
    }
}
