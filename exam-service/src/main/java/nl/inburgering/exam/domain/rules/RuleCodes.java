package nl.inburgering.exam.domain.rules;

/**
 * Rule codes as {@code shared/domain/wi2021-rules.md} and DUO's Examen API name them; they end up in the
 * {@code rule} member of a 409 problem (see {@link nl.inburgering.kit.problem.RuleViolationException}).
 */
public final class RuleCodes {

    /** N6: one exam attempt costs €50 (€250 for all five components). */
    public static final String N6_FEE = "N6";
    /** N7: the municipality pays the first 2 attempts per component for asylum permit holders, never below the PIP level. */
    public static final String N7_FREE_ATTEMPTS = "N7";
    /** N17: a result follows the exam (within 8 weeks; longer in 2026); it cannot predate the exam or lie in the future. */
    public static final String N17_RESULT_DATE = "N17";
    /** §4: the exam catalogue (components, levels) and changing/cancelling a registration. */
    public static final String S4_EXAMS = "§4";
    /** E4: A2 is free only for a component a later PIP permitted at A2; earlier A2 attempts are not free. */
    public static final String E4_AFSCHALEN = "E4";
    /** E19: cancelling at least 7 days ahead keeps the (free) attempt. */
    public static final String E19_CANCELLATION = "E19";
    /** E23: whether a "Geen" result consumes an attempt depends on its reason (open question; policy). */
    public static final String E23_NO_RESULT = "E23";
    /** DUO Examen API: {@code redenGeenResultaat} belongs to, and only to, the result "Geen". */
    public static final String DUO_EXAMEN_REASON = "DUO-EXAMEN-1";
    /** DUO Examen API: one result per component and exam date, i.e. one result per registration. */
    public static final String DUO_EXAMEN_ONE_RESULT = "DUO-EXAMEN-2";
    /**
     * E14: once the obligation has ended (naturalised, pension age, left the country, deceased, withdrawn) the
     * case is closed: no new exam registrations for an exam on or after the end date.
     */
    public static final String E14_OBLIGATION_ENDED = "E14";
    /**
     * The participant completed civic integration (integration.completed, datum voldaan): the obligation is over
     * (DUO RedenGeenInburgeringsplicht "Inburgeringsplicht voldaan", rules §9), so no exam is registered for a date
     * on or after the completion, and none is paid by the municipality (issue 8 item 8b).
     */
    public static final String OBLIGATION_MET = "VOLDAAN";
    /**
     * Decision (issue 8 item 12b, the law is silent): one sitting of a component per day. A second registration
     * for the same component on a day that already has one that is not cancelled is refused, so a double click or
     * a retry without Idempotency-Key cannot use up two (free) attempts.
     */
    public static final String ONE_SITTING_PER_DAY = "EXAM-ONE-SITTING-PER-DAY";
    // PARTICIPANT-NOT-YET-KNOWN (a participant's own registration has not reached this service yet) is the kit's:
    // nl.inburgering.kit.participants.ReplicaAccess#PARTICIPANT_NOT_YET_KNOWN.

    private RuleCodes() {
    }
}
