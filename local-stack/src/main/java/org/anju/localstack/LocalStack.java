package org.anju.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one part of the local stack as a stand-alone process for {@code ./suite}:
 * <pre>
 *   postgres --data DIR --port 15432 --databases households,funding,...
 *   kafka    --data DIR --port 9092 --controller-port 9093 --partitions 3
 * </pre>
 * Prints {@code READY} once the server accepts connections and runs until terminated;
 * SIGTERM stops the server cleanly.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: LocalStack postgres|kafka [--option value]...");
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        AutoCloseable server = switch (args[0]) {
            case "postgres" -> startPostgres(options);
            case "kafka" -> startKafka(options);
            default -> {
                System.err.println("unknown component: " + args[0]);
                System.exit(2);
                yield null;
            }
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "local-stack-shutdown"));
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    private static EmbeddedPostgresServer startPostgres(Map<String, String> options) {
        int port = Integer.parseInt(options.getOrDefault("port", "15432"));
        Ports.requireFree(port, "PostgreSQL");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.persistent(Path.of(required(options, "data")), port);
        for (String database : List.of(options.getOrDefault("databases", "").split(","))) {
            if (!database.isBlank() && postgres.createDatabaseIfMissing(database.trim())) {
                System.out.println("created database " + database.trim());
            }
        }
        System.out.println("PostgreSQL listening on port " + postgres.port());
        return postgres;
    }

    private static EmbeddedKafkaBroker startKafka(Map<String, String> options) {
        int port = Integer.parseInt(options.getOrDefault("port", "9092"));
        int controllerPort = Integer.parseInt(options.getOrDefault("controller-port", "9093"));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "3"));
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "the Kafka controller");
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(Path.of(required(options, "data")), port, controllerPort, partitions);
        kafka.createTopics(Topics.all(), partitions);
        System.out.println("Kafka listening on " + kafka.bootstrapServers() + " with topics " + Topics.all());
        return kafka;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
