package nl.inburgering.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Quarkus test resource: {@code @QuarkusTestResource(LocalStackResource.class)} (or {@code @WithTestResource}).
 * Starts the local stack, or reuses one that already runs, and hands its addresses to the application:
 * {@code kafka.bootstrap.servers}, {@code db.host}, {@code db.port}. Ports: see {@link LocalStackConfig}.
 */
public class LocalStackResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        LocalStackProcess stack = LocalStackProcess.startOrReuse();
        return Map.of(
                "kafka.bootstrap.servers", stack.kafkaBootstrapServers(),
                "db.host", stack.pgHost(),
                "db.port", Integer.toString(stack.pgPort()));
    }

    /**
     * Deliberately empty. Quarkus calls stop() after every test class (and on every test-profile switch),
     * while a stack takes seconds to start and is meant to be shared by all test classes of the JVM.
     * The singleton's JVM shutdown hook stops a stack this JVM forked, the fork's
     * {@code --exit-on-stdin-close} stops it even if this JVM is killed, and a reused stack belongs to
     * whoever started it.
     */
    @Override
    public void stop() {
    }
}
