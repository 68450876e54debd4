package nl.inburgering.localstack;

import java.util.List;
import java.util.Map;

/**
 * The ports of the local stack, read from system properties and environment variables
 * (a system property wins over the environment variable, which wins over the default).
 *
 * <table>
 *   <tr><th>system property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>{@value #KAFKA_PORT_PROPERTY}</td><td>{@value #KAFKA_PORT_ENV}</td><td>9092</td></tr>
 *   <tr><td>{@value #CONTROLLER_PORT_PROPERTY}</td><td>{@value #CONTROLLER_PORT_ENV}</td><td>Kafka port + 1000</td></tr>
 *   <tr><td>{@value #PG_PORT_PROPERTY}</td><td>{@value #PG_PORT_ENV}</td><td>5433</td></tr>
 * </table>
 */
public record LocalStackConfig(int kafkaPort, int controllerPort, int pgPort) {

    public static final String KAFKA_PORT_PROPERTY = "localstack.kafka.port";
    public static final String KAFKA_PORT_ENV = "LOCAL_STACK_KAFKA_PORT";
    public static final String CONTROLLER_PORT_PROPERTY = "localstack.kafka.controller-port";
    public static final String CONTROLLER_PORT_ENV = "LOCAL_STACK_KAFKA_CONTROLLER_PORT";
    public static final String PG_PORT_PROPERTY = "localstack.pg.port";
    public static final String PG_PORT_ENV = "LOCAL_STACK_PG_PORT";

    public static final int DEFAULT_KAFKA_PORT = 9092;
    /** 5433, not 5432, so a system PostgreSQL never collides. */
    public static final int DEFAULT_PG_PORT = 5433;
    public static final int CONTROLLER_PORT_OFFSET = 1000;

    /** Loopback only: the stack is never reachable from other machines. */
    public static final String HOST = "127.0.0.1";

    /** The services that publish events, each on its topic {@code <s>.events} (DESIGN.md §3). */
    public static final List<String> EVENT_PRODUCERS = List.of("pip", "exam", "map", "pvt", "deadline");

    /**
     * The databases, each with role {@code s} (password {@code s}) and databases {@code s} and {@code s_test}: the
     * event producers and duo-gateway (issue 13), which publishes no events.
     */
    public static final List<String> SERVICES = java.util.stream.Stream.concat(EVENT_PRODUCERS.stream(),
            java.util.stream.Stream.of("duo_gateway")).toList();

    /** The event topic of each producer (DESIGN.md §3) and its dead-letter topic: {@code pip.events}, {@code pip.events.dlq}, ... */
    public static final List<String> TOPICS = EVENT_PRODUCERS.stream()
            .flatMap(s -> java.util.stream.Stream.of(s + ".events", s + ".events.dlq")).toList();
    public static final int PARTITIONS = 3;

    public LocalStackConfig {
        for (int port : new int[] {kafkaPort, controllerPort, pgPort}) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
        if (kafkaPort == controllerPort || kafkaPort == pgPort || controllerPort == pgPort) {
            throw new IllegalArgumentException("ports must differ: kafka=" + kafkaPort
                    + " controller=" + controllerPort + " postgres=" + pgPort);
        }
    }

    /** The configuration of this JVM: system properties, then environment variables, then defaults. */
    public static LocalStackConfig current() {
        return from(System.getProperties()::getProperty, System.getenv());
    }

    static LocalStackConfig from(java.util.function.Function<String, String> properties, Map<String, String> env) {
        int kafka = port(properties, env, KAFKA_PORT_PROPERTY, KAFKA_PORT_ENV, DEFAULT_KAFKA_PORT);
        int controller = port(properties, env, CONTROLLER_PORT_PROPERTY, CONTROLLER_PORT_ENV,
                kafka + CONTROLLER_PORT_OFFSET);
        int pg = port(properties, env, PG_PORT_PROPERTY, PG_PORT_ENV, DEFAULT_PG_PORT);
        return new LocalStackConfig(kafka, controller, pg);
    }

    private static int port(java.util.function.Function<String, String> properties, Map<String, String> env,
                            String property, String envVar, int defaultPort) {
        String source = property;
        String value = properties.apply(property);
        if (value == null || value.isBlank()) {
            source = envVar;
            value = env.get(envVar);
        }
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " is not a port number: '" + value + "'", e);
        }
    }

    public String kafkaBootstrapServers() {
        return HOST + ":" + kafkaPort;
    }

    /** The -D options that hand this configuration to a forked launcher. */
    List<String> asSystemPropertyArguments() {
        return List.of("-D" + KAFKA_PORT_PROPERTY + "=" + kafkaPort,
                "-D" + CONTROLLER_PORT_PROPERTY + "=" + controllerPort,
                "-D" + PG_PORT_PROPERTY + "=" + pgPort);
    }
}
