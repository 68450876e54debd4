package nl.inburgering.contracts.vocabulary;

/** Examenresultaat (DUO: Geslaagd / Gezakt / Geen). */
public enum ExamOutcome {
    PASSED("Geslaagd"), FAILED("Gezakt"), NO_RESULT("Geen");

    private final String duoCode;

    ExamOutcome(String duoCode) { this.duoCode = duoCode; }

    public String duoCode() { return duoCode; }

    /** The value for DUO's {@code Examenresultaat} code (issue 13: DUO's Examen API). */
    public static ExamOutcome fromDuoCode(String code) {
        for (ExamOutcome v : values()) {
            if (v.duoCode.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown DUO Examenresultaat: " + code);
    }
}
