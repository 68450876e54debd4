package nl.inburgering.exam.domain.rules;

/**
 * What a registration does with its attempt (issue 8 item 13: an open registration only <em>holds</em> one).
 * {@link AttemptCounter#use} decides it.
 */
public enum AttemptUse {
    /** An open registration: it counts as an attempt now, and gives it back if cancelled in time (§4, E19). */
    HELD,
    /** Used up: taken (a result), cancelled or moved late, or a no-result that consumes (E23). */
    USED,
    /** Given back or never used: cancelled in time, or a no-result that does not consume (E23). */
    NOT_USED
}
