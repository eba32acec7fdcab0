package org.anju.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.anju.localstack.EmbeddedPostgresServer;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at the shared test PostgreSQL (a fresh database for
 * each application start) and the shared test Kafka broker, and makes it accept {@link TestTokens}.
 * Use it as {@code @WithTestResource(StackTestResource.class)}: test classes that declare the
 * same resources share one application start.
 */
public class StackTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestStack stack = TestStack.get();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", stack.freshDatabase("test"));
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", "postgres");
        config.put("kafka.bootstrap.servers", stack.kafka().bootstrapServers());
        // trust the tokens TestTokens signs
        config.put("mp.jwt.verify.publickey", TestTokens.publicKey());
        config.put("mp.jwt.verify.issuer", TestTokens.issuer());
        return config;
    }

    @Override
    public void stop() {
        // the server and broker outlive one application start; the JVM's exit stops them
    }
}
