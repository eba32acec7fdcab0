package org.anju.testing;

import org.anju.localstack.EmbeddedKafkaBroker;
import org.anju.localstack.EmbeddedPostgresServer;
import org.anju.localstack.Topics;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, started on first use and stopped
 * when the JVM exits. Each caller gets its own fresh database on the shared server.
 */
public final class TestStack {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestStack instance;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;

    private TestStack(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static TestStack get() {
        if (instance == null) {
            synchronized (TestStack.class) {
                if (instance == null) {
                    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.ephemeral();
                    EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.ephemeral();
                    kafka.createTopics(Topics.all(), 1);
                    TestStack stack = new TestStack(postgres, kafka);
                    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "test-stack-shutdown"));
                    instance = stack;
                }
            }
        }
        return instance;
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public String freshDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        postgres.createDatabaseIfMissing(name);
        return postgres.jdbcUrl(name);
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    private void stop() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
