package nl.inburgering.pip.domain;

/** The completion facts that are one date per participant ({@code completion_fact.kind}). */
public enum DatedFact {
    /** The MAP final interview ({@code map.completed}; withdrawn by {@code map.completion-withdrawn}). */
    MAP_COMPLETED,
    /** The participation statement signed ({@code pvt.statement-signed}; withdrawn by {@code pvt.signing-withdrawn}). */
    PVT_SIGNED
}
