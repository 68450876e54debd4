package nl.inburgering.exam.domain.rules;

/** What recording a result does: store a new result, or nothing because exactly this result is already there. */
public enum ResultDecision {
    /** No result yet: record it (and emit {@code exam.result-recorded}). */
    NEW,
    /** The same result again (a retry): idempotent, change nothing and emit nothing. */
    SAME
}
