package nl.inburgering.exam.domain.rules;

/** Where an exam registration stands, as far as counting attempts is concerned. */
public enum AttemptStatus {
    /** Registered, no result yet. Counts as an attempt: it is used up unless cancelled in time. */
    REGISTERED,
    /** Cancelled or moved at least the notice period before the exam (§4, E19): not an attempt. */
    CANCELLED_IN_TIME,
    /** Cancelled later than that (or moved late): the attempt is used up. */
    CANCELLED_LATE,
    /** A result was recorded: PASSED and FAILED are attempts; NO_RESULT depends on the reason (E23). */
    RESULT
}
