package nl.inburgering.contracts.vocabulary;

/** Doelgroep (DESIGN §3): asielstatushouder, or gezins- en overige migrant. */
public enum TargetGroup {
    /** Asielstatushouder. */
    ASYLUM_PERMIT_HOLDER,
    /** Gezinsmigrant en overige migrant. */
    FAMILY_OR_OTHER_MIGRANT
}
