package nl.inburgering.contracts.vocabulary;

/** Examenresultaat (DUO: Geslaagd / Gezakt / Geen). */
public enum ExamOutcome {
    PASSED("Geslaagd"), FAILED("Gezakt"), NO_RESULT("Geen");

    private final String duoCode;

    ExamOutcome(String duoCode) { this.duoCode = duoCode; }

    public String duoCode() { return duoCode; }
}
