package nl.inburgering.contracts.vocabulary;

/** RedenGeenResultaatInburgeringsexamen (DUO Examen API). */
public enum NoResultReason {
    /** Verwijtbaar: e.g. fraud, not showing up through one's own fault. */
    CULPABLE("Verwijtbaar"),
    /** Nietverwijtbaar: e.g. ill during the exam, exam cancelled by DUO. */
    NOT_CULPABLE("Nietverwijtbaar"),
    /** Afgemeld: the candidate withdrew. */
    WITHDRAWN("Afgemeld"),
    /** Absent. */
    ABSENT("Absent");

    private final String duoCode;

    NoResultReason(String duoCode) { this.duoCode = duoCode; }

    public String duoCode() { return duoCode; }

    /** The value for DUO's {@code RedenGeenResultaatInburgeringsexamen} code (issue 13: DUO's Examen API). */
    public static NoResultReason fromDuoCode(String code) {
        for (NoResultReason v : values()) {
            if (v.duoCode.equals(code)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown DUO RedenGeenResultaatInburgeringsexamen: " + code);
    }
}
