package nl.inburgering.kit.security;

/** The roles of DESIGN §6, as they appear in the token's {@code groups} claim. */
public final class Roles {

    /** Claim {@code municipality} = CBS code (GM0363): sees and changes only that municipality's participants. */
    public static final String MUNICIPALITY_OFFICER = "municipality-officer";
    /** Claim {@code sub} = participantId: reads own data, registers for exams. */
    public static final String PARTICIPANT = "participant";
    /** Records exam results. */
    public static final String EXAM_PROVIDER = "exam-provider";
    /**
     * An organisation a municipality contracts for the MAP (sub = its id): records themes and work experience for the
     * participants an officer assigned to it, nothing else.
     */
    public static final String MAP_PROVIDER = "map-provider";
    /**
     * An organisation a municipality contracts for the PVT (sub = its id): records attendance only for the sessions
     * it runs, never signs.
     */
    public static final String PVT_PROVIDER = "pvt-provider";
    /** Registers obligations, decides extensions and exemptions. */
    public static final String DUO = "duo";
    /**
     * The DUO gateway (duo-gateway) itself: the one caller that may have pip-service disclose a participant's BSN, to
     * put it into a request to DUO (issue 13). It acts as DUO with role {@link #DUO} beside this one; no other role
     * reaches the disclosure.
     */
    public static final String DUO_GATEWAY = "duo-gateway";
    /** Dead letters and replays. */
    public static final String OPERATOR = "operator";

    private Roles() {
    }
}
