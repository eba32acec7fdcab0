package org.anju.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The {@code ./suite} launcher run as a real process, exactly as a developer runs it, but on
 * ports and a data home of its own so that it never meets a developer's running suite.
 */
final class Suite {

    static final int GATEWAY_PORT = 18080;
    static final int POSTGRES_PORT = 25432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;

    /** The five applications and their ports, in the order the suite starts them. */
    static final Map<String, Integer> APPS = orderedMap(
            "households-service", 18081,
            "funding-service", 18082,
            "industry-service", 18083,
            "governance-service", 18084,
            "gateway", GATEWAY_PORT);

    /** Every component the suite runs and the port it listens on. */
    static final Map<String, Integer> COMPONENTS = orderedMap(
            "postgres", POSTGRES_PORT,
            "kafka", KAFKA_PORT,
            "households-service", 18081,
            "funding-service", 18082,
            "industry-service", 18083,
            "governance-service", 18084,
            "gateway", GATEWAY_PORT);

    /** Every port the suite binds, the Kafka controller's included. */
    static final List<Integer> ALL_PORTS = Stream.concat(COMPONENTS.values().stream(), Stream.of(KAFKA_CONTROLLER_PORT)).toList();

    record Result(int exitCode, String output) {
    }

    private final Path root;
    private final Path home;
    private final Path runLogs;
    private final AtomicInteger runs = new AtomicInteger();
    private final int portOffset;

    Suite(Path root, Path home) {
        this(root, home, 0);
    }

    /** A suite whose every port is moved by {@code portOffset}, so that it can run beside another test's suite. */
    Suite(Path root, Path home, int portOffset) {
        this.root = root;
        this.home = home;
        this.runLogs = home.resolveSibling(home.getFileName() + "-runs");
        this.portOffset = portOffset;
    }

    int gatewayPort() {
        return GATEWAY_PORT + portOffset;
    }

    /** Every port this suite binds. */
    List<Integer> ports() {
        return ALL_PORTS.stream().map(port -> port + portOffset).toList();
    }

    Path home() {
        return home;
    }

    Path root() {
        return root;
    }

    /** Runs {@code ./suite ARGS} without stdin, returns its exit code and its stdout + stderr. */
    Result run(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("suite").toString());
        command.addAll(Arrays.asList(args));
        try {
            Files.createDirectories(runLogs);
            Path output = runLogs.resolve(String.format("%02d-%s.log", runs.incrementAndGet(), String.join("-", args)));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            env.put("ANJU_SUITE_HOME", home.toString());
            env.put("ANJU_PG_PORT", Integer.toString(POSTGRES_PORT + portOffset));
            env.put("ANJU_KAFKA_PORT", Integer.toString(KAFKA_PORT + portOffset));
            env.put("ANJU_KAFKA_CONTROLLER_PORT", Integer.toString(KAFKA_CONTROLLER_PORT + portOffset));
            env.put("ANJU_HOUSEHOLDS_PORT", Integer.toString(APPS.get("households-service") + portOffset));
            env.put("ANJU_FUNDING_PORT", Integer.toString(APPS.get("funding-service") + portOffset));
            env.put("ANJU_INDUSTRY_PORT", Integer.toString(APPS.get("industry-service") + portOffset));
            env.put("ANJU_GOVERNANCE_PORT", Integer.toString(APPS.get("governance-service") + portOffset));
            env.put("ANJU_GATEWAY_PORT", Integer.toString(GATEWAY_PORT + portOffset));
            env.put("ANJU_READY_TIMEOUT", "240");
            // the applications run on the JVM that runs the tests
            env.put("JAVA_HOME", System.getProperty("java.home"));

            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("./suite " + String.join(" ", args) + " did not finish in " + timeout
                        + "; its output:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            System.out.printf("---- ./suite %s -> exit %d in %d s%n%s%n", String.join(" ", args), process.exitValue(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), text.strip());
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every live process this suite started: the suite passes its ANJU_SUITE_HOME on to every
     * process it starts (PostgreSQL's own server processes included), so its environment marks
     * them, and a developer's suite with another home is never counted.
     */
    List<ProcessHandle> processes() {
        String marker = "ANJU_SUITE_HOME=" + home;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> environment(process.pid()).contains(marker))
                .toList();
    }

    private static List<String> environment(long pid) {
        try {
            byte[] environ = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
            return Arrays.asList(new String(environ, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // gone meanwhile, or a kernel thread
        }
    }

    static String describe(List<ProcessHandle> processes) {
        return processes.stream()
                .map(process -> process.pid() + " " + process.info().commandLine().orElse("?"))
                .reduce((a, b) -> a + "\n" + b).orElse("none");
    }

    /** The pid files the suite keeps in its run directory. */
    List<Path> pidFiles() {
        Path run = home.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(file -> file.toString().endsWith(".pid")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> pidOf(String component) {
        Path file = home.resolve("run").resolve(component + ".pid");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something accepts TCP connections on the port. */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Nothing accepts connections on the port and a new server could bind it on every interface. */
    static boolean free(int port) {
        if (accepts(port)) {
            return false;
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why {@code ./suite up} would rebuild, if it would: it rebuilds when a built jar is missing
     * or older than any file under its module's {@code src/main}. Running Maven from inside a Maven build is not
     * what these tests are for, so they require the reactor to have packaged everything first.
     */
    Optional<String> staleBuild(String version) {
        Map<String, Path> built = new LinkedHashMap<>();
        built.put("local-stack", root.resolve("local-stack/target/local-stack-" + version + ".jar"));
        built.put("platform", root.resolve("platform/target/platform-" + version + ".jar"));
        APPS.keySet().forEach(app -> built.put(app, root.resolve(app + "/target/quarkus-app/quarkus-run.jar")));
        if (!Files.isDirectory(root.resolve("local-stack/target/lib"))) {
            return Optional.of("local-stack/target/lib is missing");
        }
        for (Map.Entry<String, Path> module : built.entrySet()) {
            Path artifact = module.getValue();
            if (!Files.isRegularFile(artifact)) {
                return Optional.of(root.relativize(artifact) + " is missing");
            }
            try {
                FileTime builtAt = Files.getLastModifiedTime(artifact);
                List<Path> sources = new ArrayList<>();
                Path main = root.resolve(module.getKey()).resolve("src/main");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> files = Files.walk(main)) {
                        files.forEach(sources::add);
                    }
                }
                for (Path source : sources) {
                    if (Files.getLastModifiedTime(source).compareTo(builtAt) > 0) {
                        return Optional.of(root.relativize(source) + " is newer than " + root.relativize(artifact));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    private static Map<String, Integer> orderedMap(Object... namesAndPorts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPorts.length; i += 2) {
            map.put((String) namesAndPorts[i], (Integer) namesAndPorts[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
