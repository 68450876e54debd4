package nl.inburgering.pip.domain.rules;

/**
 * Which date of a passed exam counts as the day the requirement was met (open question §12.11, E5 [?]: no
 * source says whether compliance is judged by exam date or result date).
 *
 * <p>Default {@link #EXAM_DATE}: the participant's performance is complete on the exam day; results take up
 * to 8 weeks, and longer in 2026 (N17), and that delay is DUO's, not the participant's. Both dates are kept
 * on every pass, so the choice can be changed and recomputed.
 */
public enum ComplianceMoment {
    /** The day the exam was taken ({@code examendatum}). Default. */
    EXAM_DATE,
    /** The day the result was recorded. */
    RESULT_DATE
}
