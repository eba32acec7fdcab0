package org.anju.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A suite of the benchmark's own, started through {@code ./suite} with its data home and every
 * port moved by an offset, so that the figures come from a fresh, known state and a developer's
 * running suite is never touched.
 */
final class BenchSuite {

    static final List<String> APPS = List.of("households-service", "funding-service", "industry-service", "governance-service", "gateway");
    private static final Duration UP_TIMEOUT = Duration.ofSeconds(420);

    /** When an application's process started and when its readiness first answered 200. */
    record Startup(String app, Duration toReady) {
    }

    /** Resident memory of one component; {@code pssKib} sums correctly over processes that share pages (PostgreSQL's). */
    record Memory(String component, long rssKib, long pssKib) {
    }

    private final Path root;
    private final Path home;
    private final int offset;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    BenchSuite(Path root, Path home, int offset) {
        this.root = root;
        this.home = home;
        this.offset = offset;
    }

    int appPort(String app) {
        return switch (app) {
            case "gateway" -> 8080 + offset;
            case "households-service" -> 8081 + offset;
            case "funding-service" -> 8082 + offset;
            case "industry-service" -> 8083 + offset;
            case "governance-service" -> 8084 + offset;
            default -> throw new IllegalArgumentException(app);
        };
    }

    int postgresPort() {
        return 15432 + offset;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + (9092 + offset);
    }

    String gatewayUrl() {
        return "http://localhost:" + appPort("gateway");
    }

    /**
     * Starts the suite from an empty data home and measures each application's time from process
     * start to its first ready answer, watching readiness while {@code ./suite up} waits for it.
     */
    List<Startup> up() throws IOException, InterruptedException {
        deleteHome();
        Process up = start("up");
        Map<String, Instant> ready = new LinkedHashMap<>();
        long deadline = System.nanoTime() + UP_TIMEOUT.toNanos();
        while (up.isAlive() || ready.size() < APPS.size()) {
            for (String app : APPS) {
                if (!ready.containsKey(app) && pid(app).isPresent() && status(appPort(app), "/q/health/ready") == 200) {
                    ready.put(app, Instant.now());
                }
            }
            if (!up.isAlive() && up.exitValue() != 0) {
                throw new IllegalStateException("./suite up failed (exit " + up.exitValue() + "):\n" + output("up"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the suite was not ready within " + UP_TIMEOUT + ":\n" + output("up"));
            }
            Thread.sleep(50);
        }
        List<Startup> startups = new ArrayList<>();
        for (String app : APPS) {
            Instant started = ProcessHandle.of(pid(app).orElseThrow()).flatMap(p -> p.info().startInstant())
                    .orElseThrow(() -> new IllegalStateException("no start time for " + app));
            startups.add(new Startup(app, Duration.between(started, ready.get(app))));
        }
        return startups;
    }

    void down() throws IOException, InterruptedException {
        Process down = start("down");
        if (!down.waitFor(120, TimeUnit.SECONDS)) {
            down.destroyForcibly();
            throw new IllegalStateException("./suite down did not finish in 120 s:\n" + output("down"));
        }
    }

    void deleteHome() throws IOException {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** A bearer token signed by this suite's dev key. */
    String token(String roles) throws IOException, InterruptedException {
        Process token = start("token", roles);
        if (!token.waitFor(60, TimeUnit.SECONDS) || token.exitValue() != 0) {
            token.destroyForcibly();
            throw new IllegalStateException("./suite token failed:\n" + output("token"));
        }
        List<String> lines = Files.readAllLines(log("token"));
        return lines.get(lines.size() - 1).strip();
    }

    /** Memory of every component: the applications and Kafka are one JVM each; PostgreSQL is its launcher plus the server's processes. */
    List<Memory> memory() throws IOException {
        List<Memory> memory = new ArrayList<>();
        for (String component : Stream.concat(Stream.of("postgres", "kafka"), APPS.stream()).toList()) {
            List<Long> pids = new ArrayList<>();
            pid(component).ifPresent(pids::add);
            if (component.equals("postgres")) {
                Path postmaster = home.resolve("data/postgres/postmaster.pid");
                if (Files.exists(postmaster)) {
                    long server = Long.parseLong(Files.readAllLines(postmaster).get(0).strip());
                    pids.add(server);
                    ProcessHandle.of(server).ifPresent(p -> p.descendants().forEach(child -> pids.add(child.pid())));
                }
            }
            memory.add(new Memory(component, pids.stream().mapToLong(pid -> procKib(pid, "status", "VmRSS:")).sum(),
                    pids.stream().mapToLong(pid -> procKib(pid, "smaps_rollup", "Pss:")).sum()));
        }
        return memory;
    }

    Optional<Long> pid(String component) {
        Path file = home.resolve("run").resolve(component + ".pid");
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    int status(int port, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static long procKib(long pid, String file, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            return 0; // gone meanwhile
        }
    }

    private Process start(String... args) throws IOException {
        Files.createDirectories(home.getParent());
        List<String> command = new ArrayList<>(List.of(root.resolve("suite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true)
                .redirectOutput(log(args[0]).toFile());
        Map<String, String> env = builder.environment();
        env.put("ANJU_SUITE_HOME", home.toString());
        env.put("ANJU_GATEWAY_PORT", Integer.toString(appPort("gateway")));
        env.put("ANJU_HOUSEHOLDS_PORT", Integer.toString(appPort("households-service")));
        env.put("ANJU_FUNDING_PORT", Integer.toString(appPort("funding-service")));
        env.put("ANJU_INDUSTRY_PORT", Integer.toString(appPort("industry-service")));
        env.put("ANJU_GOVERNANCE_PORT", Integer.toString(appPort("governance-service")));
        env.put("ANJU_PG_PORT", Integer.toString(postgresPort()));
        env.put("ANJU_KAFKA_PORT", Integer.toString(9092 + offset));
        env.put("ANJU_KAFKA_CONTROLLER_PORT", Integer.toString(9093 + offset));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private Path log(String command) {
        return home.resolveSibling(home.getFileName() + "-" + command + ".log");
    }

    private String output(String command) {
        try {
            return Files.readString(log(command), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
