package nl.inburgering.contracts.events;

import java.util.List;

/**
 * The Kafka topics (DESIGN §3): one per producing service, record key = participantId, value = a structured-mode
 * CloudEvent. Each has a dead-letter topic {@code <topic>.dlq} for poison messages.
 */
public final class Topics {

    /** pip-service: participants, plans, Z-route, completion. */
    public static final String PIP_EVENTS = "pip.events";
    /** exam-service: registrations, cancellations, results. */
    public static final String EXAM_EVENTS = "exam.events";
    /** map-service: MAP parts and completion. */
    public static final String MAP_EVENTS = "map.events";
    /** pvt-service: PVT sessions and the signed statement. */
    public static final String PVT_EVENTS = "pvt.events";
    /** deadline-service: term, extensions, exemptions, deadline checks. */
    public static final String DEADLINE_EVENTS = "deadline.events";

    /** All five event topics (not the dead-letter topics), in the order above. */
    public static final List<String> ALL = List.of(PIP_EVENTS, EXAM_EVENTS, MAP_EVENTS, PVT_EVENTS, DEADLINE_EVENTS);

    private static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}, e.g. {@code pip.events.dlq}. */
    public static String dlq(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic is required");
        }
        return topic + DLQ_SUFFIX;
    }

    /** The service that publishes on {@code topic}, e.g. {@code pip-service} for {@code pip.events}. */
    public static String producer(String topic) {
        if (!ALL.contains(topic)) {
            throw new IllegalArgumentException("not an event topic: " + topic);
        }
        return topic.substring(0, topic.indexOf('.')) + "-service";
    }
}
