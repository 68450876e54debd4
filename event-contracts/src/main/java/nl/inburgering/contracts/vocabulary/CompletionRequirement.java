package nl.inburgering.contracts.vocabulary;

/**
 * One requirement of the inburgeringsplicht that can still be outstanding (DESIGN §2, completion per route;
 * used by {@code term.exceeded}). The five exam components keep their {@link ExamComponent} names.
 */
public enum CompletionRequirement {
    /** Examenonderdeel lezen. */
    READING,
    /** Examenonderdeel luisteren. */
    LISTENING,
    /** Examenonderdeel schrijven. */
    WRITING,
    /** Examenonderdeel spreken. */
    SPEAKING,
    /** Examenonderdeel Kennis van de Nederlandse Maatschappij. */
    KNM,
    /** Module Arbeidsmarkt en Participatie. */
    MAP,
    /** Participatieverklaringstraject (PVT): the participation statement is signed. */
    PVT,
    /** Zelfredzaamheidsroute completed (final interview after the required hours). */
    ZROUTE;

    /** The requirement that passing (or being exempted from) this exam component fulfils. */
    public static CompletionRequirement of(ExamComponent component) {
        return valueOf(component.name());
    }
}
