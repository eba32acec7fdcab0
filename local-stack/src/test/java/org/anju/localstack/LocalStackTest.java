package org.anju.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackTest {

    static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.ephemeral();
        kafka.createTopics(Topics.all(), 2);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void brokerCreatesEveryTopicWithUnlimitedRetention() throws Exception {
        try (var admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get()).containsAll(Topics.all())
                    .contains("households.v1", "households.v1.dlq");
            var resource = new ConfigResource(ConfigResource.Type.TOPIC, "funding.v1");
            var config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("retention.ms").value()).isEqualTo("-1");
        }
        // creating again is harmless
        kafka.createTopics(Topics.all(), 2);
    }

    @Test
    void recordsProducedAreConsumed() {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("governance.v1", "site-1", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("governance.v1"));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (received.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            assertThat(received).extracting(ConsumerRecord::value).containsExactly("hello");
        }
    }

    @Test
    void postgresKeepsItsDataAcrossRestarts(@TempDir Path directory) throws Exception {
        int port = Ports.freePort();
        try (var postgres = EmbeddedPostgresServer.persistent(directory, port)) {
            assertThat(postgres.createDatabaseIfMissing("households")).isTrue();
            assertThat(postgres.createDatabaseIfMissing("households")).isFalse();
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("households"), "postgres", "")) {
                c.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            }
        }
        try (var postgres = EmbeddedPostgresServer.persistent(directory, port)) {
            assertThat(postgres.createDatabaseIfMissing("households")).isFalse();
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("households"), "postgres", "");
                 ResultSet rows = c.createStatement().executeQuery("SELECT id FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void postgresLogsErrorsWithoutTheValuesTheyQuote(@TempDir Path directory) throws Exception {
        try (var postgres = EmbeddedPostgresServer.persistent(directory, Ports.freePort());
             Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), "postgres", "");
             ResultSet rows = c.createStatement().executeQuery("SHOW log_error_verbosity")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).as("no DETAIL such as 'Key (id_number)=(…) already exists' in the log").isEqualTo("terse");
        }
    }

    @Test
    void kafkaKeepsItsTopicsAndRecordsAcrossRestarts(@TempDir Path directory) throws Exception {
        int port = Ports.freePort();
        int controllerPort = Ports.freePort();
        try (var broker = EmbeddedKafkaBroker.start(directory, port, controllerPort, 1)) {
            broker.createTopics(List.of("kept.v1"), 1);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept.v1", "k", "kept")).get();
            }
        }
        try (var broker = EmbeddedKafkaBroker.start(directory, port, controllerPort, 1);
             var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "restart-test",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kept.v1"));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (received.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            assertThat(received).extracting(ConsumerRecord::value).containsExactly("kept");
        }
    }

    @Test
    void aTakenPortIsNamed() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            assertThatThrownBy(() -> Ports.requireFree(socket.getLocalPort(), "Kafka"))
                    .hasMessageContaining("Port " + socket.getLocalPort() + " for Kafka is already in use");
        }
    }

    @Test
    void databaseNamesAreValidated() {
        try (var postgres = EmbeddedPostgresServer.ephemeral()) {
            assertThatThrownBy(() -> postgres.createDatabaseIfMissing("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
