package nl.inburgering.kit.deadletter;

import java.time.Instant;

/**
 * One record of a dead-letter topic as this service read it: where it lies, which consumer failed it and why,
 * and the original event's value (never shown to anyone: replays hand it to the consumer again).
 *
 * @param service  the service whose consumer failed it (header {@code dead-letter-consumer}, before the slash); null
 *                 when the record does not say
 * @param consumer the consumer that failed it (after the slash); null when the record has none
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, String topic, String service,
        String consumer,
        String messageKey, String eventId, String eventType, String reason, Instant deadLetteredAt, String value) {

    /** {@code <dead-letter topic>:<partition>:<offset>}: a colon cannot occur in a Kafka topic name. */
    public String id() {
        return deadLetterTopic + ":" + partition + ":" + offset;
    }

    /** The parts of an {@link #id()}, or null when {@code id} is not one. */
    public static Place place(String id) {
        String[] parts = id == null ? new String[0] : id.split(":", -1);
        if (parts.length != 3 || !parts[0].matches("[A-Za-z0-9._-]{1,249}") || !parts[1].matches("[0-9]{1,9}")
                || !parts[2].matches("[0-9]{1,18}")) {
            return null;
        }
        return new Place(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
    }

    /** Where a dead letter lies. */
    public record Place(String topic, int partition, long offset) {
    }
}
