package nl.inburgering.pip.domain.rules;

/** Where a requirement stands in the progress view. */
public enum RequirementState {
    /** Met, on a date, by a fact. */
    DONE,
    /** Required and not met yet (or: no PIP yet, so the route is unknown). */
    OUTSTANDING,
    /** Removed by a partial exemption, from a date. */
    EXEMPTED,
    /** Not part of the current route. */
    NOT_APPLICABLE
}
