package nl.inburgering.duogateway.domain;

import java.util.UUID;

/**
 * One piece of durable work (table {@code task}): a notification DUO sent ({@link #IN}) or a report to DUO
 * ({@link #OUT}). Holds no BSN in clear: an IN task's BSN is sealed ({@code bsnEncrypted}) and erased once done.
 * {@code leaseToken} is the claim's: only it finishes the task ({@code attempts} counts this one).
 */
public record Task(UUID id, long seq, String direction, String kind, UUID participantId, UUID berichtId,
        byte[] bsnEncrypted, String payload, int attempts, UUID leaseToken, java.time.Instant retrySince) {

    public static final String IN = "IN";
    public static final String OUT = "OUT";
}
