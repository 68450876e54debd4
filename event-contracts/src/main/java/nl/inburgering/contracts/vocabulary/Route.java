package nl.inburgering.contracts.vocabulary;

/** Leerroute (DESIGN §3; DUO PIP API). The DUO code travels beside the English name. */
public enum Route {
    /** B1-route. */
    B1("B"),
    /** Onderwijsroute. */
    EDUCATION("O"),
    /** Zelfredzaamheidsroute (Z-route). */
    SELF_SUFFICIENCY("Z");

    private final String duoCode;

    Route(String duoCode) { this.duoCode = duoCode; }

    public String duoCode() { return duoCode; }
}
