package nl.inburgering.contracts.vocabulary;

/** Examenonderdeel of the Wi2021 inburgeringsexamen, with DUO's code (Examen API {@code ExamenonderdeelWI2021Inburgering}). */
public enum ExamComponent {
    /** Leesvaardigheid. */
    READING("LE", true),
    /** Luistervaardigheid. */
    LISTENING("LU", true),
    /** Schrijfvaardigheid. */
    WRITING("SC", true),
    /** Spreekvaardigheid. */
    SPEAKING("SP", true),
    /** Kennis van de Nederlandse Maatschappij: no language level. */
    KNM("KNM", false);

    private final String duoCode;
    private final boolean language;

    ExamComponent(String duoCode, boolean language) {
        this.duoCode = duoCode;
        this.language = language;
    }

    public String duoCode() { return duoCode; }

    /** The four language components carry a level (A2/B1/B2); KNM does not. */
    public boolean isLanguage() { return language; }

    public static ExamComponent fromDuoCode(String code) {
        for (ExamComponent c : values()) {
            if (c.duoCode.equals(code)) return c;
        }
        throw new IllegalArgumentException("unknown DUO examenonderdeel: " + code);
    }
}
