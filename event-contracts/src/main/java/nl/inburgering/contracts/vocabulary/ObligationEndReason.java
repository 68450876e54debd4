package nl.inburgering.contracts.vocabulary;

import java.util.Optional;

/**
 * Why an inburgeringsplicht ended without completion (DESIGN §3; DUO SS110, SS111, §11 E14/E15), with DUO's
 * {@code RedenGeenInburgeringsplicht} for each (issue 8 item 10). DUO's list has no naturalisation, AOW age or
 * withdrawn permit: those are reported as "Overig" (decision; SS110 groups them as "obligation withdrawn"). DUO's
 * other reasons are not an end of the obligation in this model but facts of their own: "Inburgeringsplicht voldaan"
 * is {@code integration.completed}, "Volledige vrijstelling/ontheffing" is a full {@code exemption.granted},
 * "Tijdelijke vrijstelling" pauses the term ({@link #fromDuoCode} answers empty for them).
 */
public enum ObligationEndReason {
    /** Genaturaliseerd: DUO "Overig". */
    NATURALISED("Overig"),
    /** AOW-leeftijd bereikt (N33, SS128): DUO "Overig". */
    PENSION_AGE("Overig"),
    /** Vertrek uit Nederland langer dan een jaar. */
    LEFT_COUNTRY("Vertrek uit Nederland langer dan een jaar"),
    /** Overlijden (SS111). */
    DECEASED("Overlijden"),
    /** Verblijfsvergunning ingetrokken: DUO "Overig". */
    WITHDRAWN("Overig"),
    /** Verblijfsdoel gewijzigd: a residence purpose that carries no obligation. */
    RESIDENCE_PURPOSE_CHANGED("Verblijfsdoel gewijzigd"),
    /** Overig: any other reason DUO gives. */
    OTHER("Overig");

    private final String duoCode;

    ObligationEndReason(String duoCode) { this.duoCode = duoCode; }

    /** DUO's RedenGeenInburgeringsplicht for this reason. */
    public String duoCode() { return duoCode; }

    /**
     * The reason for DUO's RedenGeenInburgeringsplicht: "Overig" is {@link #OTHER}; empty for DUO's reasons that are
     * other facts here (voldaan, volledige vrijstelling/ontheffing, tijdelijke vrijstelling).
     *
     * @throws IllegalArgumentException for a code DUO does not define
     */
    public static Optional<ObligationEndReason> fromDuoCode(String code) {
        switch (code) {
            case "Overig":
                return Optional.of(OTHER);
            case "Vertrek uit Nederland langer dan een jaar":
                return Optional.of(LEFT_COUNTRY);
            case "Overlijden":
                return Optional.of(DECEASED);
            case "Verblijfsdoel gewijzigd":
                return Optional.of(RESIDENCE_PURPOSE_CHANGED);
            case "Inburgeringsplicht voldaan":
            case "Volledige vrijstelling":
            case "Volledige ontheffing":
            case "Tijdelijke vrijstelling":
                return Optional.empty();
            default:
                throw new IllegalArgumentException("unknown DUO RedenGeenInburgeringsplicht: " + code);
        }
    }
}
