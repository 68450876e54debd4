package nl.inburgering.contracts.vocabulary;

/** How an inburgeringstermijn was closed (DESIGN §3 {@code term.closed}). */
public enum TermClosedOutcome { COMPLETED_ON_TIME, COMPLETED_LATE, EXEMPTED, OBLIGATION_ENDED }
