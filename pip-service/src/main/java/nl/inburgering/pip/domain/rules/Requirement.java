package nl.inburgering.pip.domain.rules;

import nl.inburgering.contracts.vocabulary.ExamComponent;

/** The requirements the completion check knows (DESIGN §2; rules §3, §9); which apply depends on the route. */
public enum Requirement {
    /** Leesvaardigheid exam (LE). */
    READING(ExamComponent.READING),
    /** Luistervaardigheid exam (LU). */
    LISTENING(ExamComponent.LISTENING),
    /** Schrijfvaardigheid exam (SC). */
    WRITING(ExamComponent.WRITING),
    /** Spreekvaardigheid exam (SP). */
    SPEAKING(ExamComponent.SPEAKING),
    /** KNM exam. */
    KNM(ExamComponent.KNM),
    /** Module Arbeidsmarkt en Participatie, done at its final interview. */
    MAP(null),
    /** Participatieverklaringstraject, done when the statement is signed. */
    PVT(null),
    /** Z-route completion (final interview after the hours). */
    ZROUTE(null);

    private final ExamComponent examComponent;

    Requirement(ExamComponent examComponent) {
        this.examComponent = examComponent;
    }

    /** @return the exam component this requirement is about; null for MAP, PVT and ZROUTE */
    public ExamComponent examComponent() {
        return examComponent;
    }

    /** @return whether this requirement is passing an exam component */
    public boolean isExam() {
        return examComponent != null;
    }

    /** @return the requirement of passing {@code component} */
    public static Requirement of(ExamComponent component) {
        for (Requirement r : values()) {
            if (r.examComponent == component) {
                return r;
            }
        }
        throw new IllegalArgumentException("no requirement for " + component);
    }
}
