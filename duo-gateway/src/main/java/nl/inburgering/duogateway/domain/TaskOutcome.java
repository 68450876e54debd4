package nl.inburgering.duogateway.domain;

import java.util.UUID;

/** What one attempt at a task came to. Every text names no BSN. */
public sealed interface TaskOutcome {

    String text();

    /** Finished; {@code participantId} when the attempt learned who it was about. */
    record Done(String text, UUID participantId) implements TaskOutcome {
        public Done(String text) {
            this(text, null);
        }
    }

    /** Failed for now: tried again after the backoff, until the attempts run out. */
    record Retry(String text) implements TaskOutcome {
    }

    /** Failed for good: DEAD at once, for an operator. */
    record Dead(String text) implements TaskOutcome {
    }
}
