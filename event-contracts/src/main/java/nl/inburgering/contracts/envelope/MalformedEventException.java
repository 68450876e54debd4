package nl.inburgering.contracts.envelope;

/**
 * A record value that is not one of our events: invalid JSON, a broken envelope, or data that does not bind to its
 * payload. Consumers treat it as a poison message (no retry helps) and send it to {@code <topic>.dlq}.
 * <p>
 * The message states the reason and names the field, never a value: it travels into logs and the
 * {@code dead-letter-reason} header, and values can be personal data. For the same reason it carries no cause
 * (Jackson's messages quote the input).
 */
public class MalformedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String reason) {
        super(reason, null, false, true);
    }
}
