package nl.inburgering.contracts.envelope;

/**
 * Kafka headers on a record in {@code <topic>.dlq}. They are the names SmallRye Reactive Messaging's
 * {@code failure-strategy=dead-letter-queue} writes, so hand-written dead-lettering and operator tooling use the
 * same ones. The record key and value are the original, unchanged (the value may not even be JSON).
 */
public final class DeadLetterHeaders {

    /** Why processing failed: the exception message (a {@link MalformedEventException} names no values). */
    public static final String REASON = "dead-letter-reason";
    /** The message of the exception's cause, if any. */
    public static final String CAUSE = "dead-letter-cause";
    /** Class name of the exception. */
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    /** Class name of the exception's cause, if any. */
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    /** The topic the record was read from. */
    public static final String TOPIC = "dead-letter-topic";
    /** The partition the record was read from. */
    public static final String PARTITION = "dead-letter-partition";
    /** The offset the record was read from. */
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
