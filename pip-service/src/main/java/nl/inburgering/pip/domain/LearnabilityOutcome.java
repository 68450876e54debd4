package nl.inburgering.pip.domain;

/**
 * Outcome of the leerbaarheidstoets (learnability test), DUO Leerbaarheidstoets API
 * {@code LeerbaarheidstoetsResultaat} (rules §2.3), plus {@link #SKIPPED} for a test that was not taken (the
 * exam number was withdrawn; GGM {@code geenLeerbaarheidstoetsZB}; E16).
 */
public enum LearnabilityOutcome {
    /** "B1-route haalbaar". */
    B1_ROUTE_FEASIBLE("B1-route haalbaar"),
    /** "B1-route niet haalbaar". */
    B1_ROUTE_NOT_FEASIBLE("B1-route niet haalbaar"),
    /** "Onbekend". */
    UNKNOWN("Onbekend"),
    /** The test was skipped: no score, no test date. */
    SKIPPED(null);

    private final String duoValue;

    LearnabilityOutcome(String duoValue) {
        this.duoValue = duoValue;
    }

    /** @return DUO's value ({@code LeerbaarheidstoetsResultaat}); null for SKIPPED, which DUO has no value for */
    public String duoValue() {
        return duoValue;
    }

    /** @return whether a result of this outcome carries a score, a required score and a test date */
    public boolean hasResult() {
        return this != SKIPPED;
    }
}
