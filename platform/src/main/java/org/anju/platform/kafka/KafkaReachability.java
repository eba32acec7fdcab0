package org.anju.platform.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.anju.platform.time.ProgrammeClock;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Whether the Kafka broker can be reached, probed in the background every
 * {@code anju.kafka.probe-interval} with a short timeout, so that readiness answers at once: a
 * service keeps serving through a broker outage (its outbox holds the events), and says so
 * instead of hanging for a minute or reporting itself DOWN.
 */
@ApplicationScoped
public class KafkaReachability {

    private static final Logger LOG = Logger.getLogger(KafkaReachability.class);

    private final Map<String, Object> kafkaConfig;
    private final Duration interval;
    private final ProgrammeClock clock;
    private ScheduledExecutorService probe;
    private Admin admin;

    private volatile boolean reachable = true;
    private volatile Instant since;
    private volatile String lastError;

    public KafkaReachability(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                             @ConfigProperty(name = "anju.kafka.probe-interval", defaultValue = "5S") Duration interval,
                             ProgrammeClock clock) {
        this.kafkaConfig = kafkaConfig;
        this.interval = interval;
        this.clock = clock;
    }

    void gauge(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("anju.kafka.reachable", this, kafka -> kafka.reachable() ? 1 : 0)
                .description("1 while the Kafka broker answers the background probe")
                .strongReference(true)
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        since = clock.now();
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "anju-reachability");
        admin = Admin.create(config);
        probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-reachability");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (probe != null) {
            probe.shutdownNow();
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void check() {
        boolean now;
        String error = null;
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).clusterId().get(4, TimeUnit.SECONDS);
            now = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            now = false;
            error = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        }
        if (now != reachable) {
            since = clock.now();
            if (now) {
                LOG.info("Kafka is reachable again");
            } else {
                LOG.warnf("Kafka is unreachable: %s; writes go on, their events wait in the outbox", error);
            }
        }
        reachable = now;
        lastError = error;
    }

    public boolean reachable() {
        return reachable;
    }

    /** Since when the broker has been reachable, or unreachable. */
    public Instant since() {
        return since;
    }

    public String lastError() {
        return lastError;
    }
}
