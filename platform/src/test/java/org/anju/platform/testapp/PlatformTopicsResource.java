package org.anju.platform.testapp;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.anju.testing.TestStack;

import java.util.List;
import java.util.Map;

/** Creates the test application's topics (two partitions, to exercise per-key order) before it starts. */
public class PlatformTopicsResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOPIC = "platform-test.v1";

    @Override
    public Map<String, String> start() {
        TestStack.get().kafka().createTopics(List.of(TOPIC, TOPIC + ".dlq"), 2);
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
