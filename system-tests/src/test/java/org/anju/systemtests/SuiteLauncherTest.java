package org.anju.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.anju.systemtests.Suite.ALL_PORTS;
import static org.anju.systemtests.Suite.APPS;
import static org.anju.systemtests.Suite.COMPONENTS;
import static org.anju.systemtests.Suite.GATEWAY_PORT;
import static org.anju.systemtests.Suite.POSTGRES_PORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The local launcher, {@code ./suite}, as a developer uses it: real processes, real ports, real
 * data on disk. One up/down cycle is shared by the tests, which therefore run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteLauncherTest {

    private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration QUICK = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Suite suite;

    @BeforeAll
    static void startFromNothing() throws IOException {
        Path root = Path.of(System.getProperty("anju.root", "..")).toAbsolutePath().normalize();
        assertThat(root.resolve("suite")).as("the launcher at the repository root").isExecutable();
        suite = new Suite(root, root.resolve("system-tests/target/suite-home"));

        // a previous run that was killed may have left its suite behind: stop it, forget its data
        suite.run(DOWN_TIMEOUT, "down");
        suite.processes().forEach(ProcessHandle::destroyForcibly);
        deleteRecursively(suite.home());

        suite.staleBuild(System.getProperty("anju.version", "0.1.0-SNAPSHOT")).ifPresent(reason -> fail(
                "./suite up would rebuild the applications (" + reason + "). Build through the reactor first: "
                        + "./mvnw -B verify, or ./mvnw -B verify -pl system-tests -am"));
        for (int port : ALL_PORTS) {
            assertThat(Suite.free(port)).as("port %d is free for the system tests' suite (is another suite or "
                    + "process using it? find it with: ss -ltnp 'sport = :%d')", port, port).isTrue();
        }
    }

    @AfterAll
    static void leaveNothingRunning() {
        if (suite == null) {
            return;
        }
        suite.run(DOWN_TIMEOUT, "down");
        List<ProcessHandle> survivors = suite.processes();
        survivors.forEach(ProcessHandle::destroyForcibly);
        assertThat(survivors).as("processes that survived ./suite down:\n%s", Suite.describe(survivors)).isEmpty();
    }

    @Test
    @Order(1)
    void upBringsAllFiveAppsToReadyAndPrintsTheirUrls() throws Exception {
        Suite.Result up = suite.run(UP_TIMEOUT, "up");

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output())
                .doesNotContain("building")
                .contains("the suite is up")
                .contains("http://localhost:" + GATEWAY_PORT + "/");
        APPS.forEach((app, port) -> assertThat(up.output())
                .containsPattern(Pattern.compile(Pattern.quote(app) + "\\s+" + Pattern.quote("http://localhost:" + port + "/q/swagger-ui"))));
        for (Map.Entry<String, Integer> app : APPS.entrySet()) {
            HttpResponse<String> ready = get(app.getValue(), "/q/health/ready");
            assertThat(ready.statusCode()).as("%s /q/health/ready: %s", app.getKey(), ready.body()).isEqualTo(200);
            assertThat(ready.body()).as(app.getKey()).containsPattern("\"status\"\\s*:\\s*\"UP\"");
        }
    }

    @Test
    @Order(2)
    void statusShowsEveryComponentRunningAndUp() {
        Suite.Result status = suite.run(QUICK, "status");

        assertThat(status.exitCode()).isZero();
        COMPONENTS.forEach((component, port) -> assertThat(status.output())
                .as("the status line of %s", component)
                .containsPattern(Pattern.compile("(?m)^" + Pattern.quote(component) + "\\s+running\\s+\\d+\\s+" + port + "\\s+UP\\s*$")));
    }

    @Test
    @Order(3)
    void aSecondUpIsHarmless() throws Exception {
        Map<String, String> pidsBefore = pids();

        Suite.Result again = suite.run(UP_TIMEOUT, "up");

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(again.output()).doesNotContain("started ").contains("the suite is up");
        COMPONENTS.keySet().forEach(component -> assertThat(again.output())
                .contains(component + " already running (pid " + pidsBefore.get(component) + ")"));
        assertThat(pids()).isEqualTo(pidsBefore);
        for (int port : APPS.values()) {
            assertThat(get(port, "/q/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void dataSurvivesDownAndUp() throws Exception {
        String marker = UUID.randomUUID().toString();
        try (Connection households = households(); Statement sql = households.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS system_test");
            sql.execute("DROP TABLE IF EXISTS system_test.survives_restart");
            sql.execute("CREATE TABLE system_test.survives_restart (id integer PRIMARY KEY, marker text NOT NULL)");
            try (PreparedStatement insert = households.prepareStatement("INSERT INTO system_test.survives_restart VALUES (1, ?)")) {
                insert.setString(1, marker);
                insert.executeUpdate();
            }
        }

        assertThat(suite.run(DOWN_TIMEOUT, "down").exitCode()).isZero();
        assertThat(Suite.accepts(POSTGRES_PORT)).as("PostgreSQL is stopped").isFalse();
        Suite.Result up = suite.run(UP_TIMEOUT, "up");
        assertThat(up.exitCode()).as(up.output()).isZero();

        try (Connection households = households();
             ResultSet rows = households.createStatement().executeQuery("SELECT marker FROM system_test.survives_restart WHERE id = 1")) {
            assertThat(rows.next()).as("the row written before down").isTrue();
            assertThat(rows.getString("marker")).isEqualTo(marker);
        }
    }

    @Test
    @Order(5)
    void downLeavesNoSuiteProcessAndFreesEveryPort() {
        assertThat(suite.processes()).as("the suite is running before down").isNotEmpty();

        Suite.Result down = suite.run(DOWN_TIMEOUT, "down");

        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(down.output()).contains("the suite is stopped");
        List<ProcessHandle> left = suite.processes();
        assertThat(left).as("suite processes after down:\n%s", Suite.describe(left)).isEmpty();
        for (int port : ALL_PORTS) {
            assertThat(Suite.free(port)).as("port %d is free after down", port).isTrue();
        }
        assertThat(suite.pidFiles()).isEmpty();
        Suite.Result status = suite.run(QUICK, "status");
        COMPONENTS.forEach((component, port) -> assertThat(status.output())
                .containsPattern(Pattern.compile("(?m)^" + Pattern.quote(component) + "\\s+stopped\\s")));
    }

    @Test
    @Order(6)
    void aPortTakenByAnotherProcessMakesUpFailNamingThePortAndStartsNothing() throws IOException {
        assertThat(suite.processes()).as("the suite is stopped before this test").isEmpty();
        // the gateway is the last component up starts: everything else would be started before it
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.setReuseAddress(true);
            squatter.bind(new InetSocketAddress(GATEWAY_PORT));

            Suite.Result up = suite.run(UP_TIMEOUT, "up");

            assertThat(up.exitCode()).as(up.output()).isNotZero();
            assertThat(up.output()).contains("port " + GATEWAY_PORT).doesNotContain("started ");
            List<ProcessHandle> started = suite.processes();
            assertThat(started).as("processes up started although it failed:\n%s", Suite.describe(started)).isEmpty();
            assertThat(suite.pidFiles()).isEmpty();
            ALL_PORTS.stream().filter(port -> port != GATEWAY_PORT)
                    .forEach(port -> assertThat(Suite.accepts(port)).as("port %d", port).isFalse());
        }
    }

    private static Map<String, String> pids() {
        Map<String, String> pids = new LinkedHashMap<>();
        COMPONENTS.keySet().forEach(component -> pids.put(component,
                suite.pidOf(component).orElseThrow(() -> new AssertionError("no pid file for " + component))));
        return pids;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Connection households() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + POSTGRES_PORT + "/households", "postgres", "postgres");
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
