package nl.inburgering.pip.domain;

/** Overall status of a participant's civic integration, as the progress view and the list filter show it. */
public enum ParticipantStatus {
    /** Registered after DUO's notice (kennisgeving); no broad intake yet. */
    REGISTERED,
    /** Broad intake (brede intake) recorded; no PIP yet. */
    INTAKE,
    /** A PIP is established. */
    PLAN_ESTABLISHED,
    /** Every requirement of the current route is met (inburgeringsplicht voldaan). */
    COMPLETED,
    /** Fully exempted (gehele vrijstelling / ontheffing): closed without completion. */
    EXEMPTED,
    /** Obligation ended (naturalised, pension age, left the country, deceased, withdrawn). */
    OBLIGATION_ENDED
}
