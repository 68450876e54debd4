package nl.inburgering.contracts.vocabulary;

/**
 * The kinds of followed hours a municipality registers with DUO (GevolgdeUren API, SDI016; rules §2.2, §3.3), each
 * with its DUO resource under {@code /personen/{bsn}/uren/}. pip-service's hours entries have the same names.
 */
public enum FollowedHoursKind {
    /** Language and KNM lessons at a course institution in the leerroute ({@code ParticipatieAlsTaalles}). */
    COURSE("participatietaalles"),
    /** Z-route participation activities of an asylum permit holder ({@code ParticipatieactiviteitenBredeIntake}). */
    PARTICIPATION("participatieactiviteiten"),
    /** Language and KNM lessons during the brede intake ({@code TaallesEnKnmBredeIntake}). */
    INTAKE_LANGUAGE("bredeintake/taallesknm");

    private final String duoResource;

    FollowedHoursKind(String duoResource) {
        this.duoResource = duoResource;
    }

    /** The path under {@code /personen/{bsn}/uren/} of DUO's GevolgdeUren API. */
    public String duoResource() {
        return duoResource;
    }
}
