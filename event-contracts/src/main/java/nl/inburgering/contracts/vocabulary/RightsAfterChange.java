package nl.inburgering.contracts.vocabulary;

/**
 * AsielrechtenWijzigingVerblijfsdoel (DUO Inburgeringsplicht API, rules §1.3, E11): which rights apply after a change
 * of target group. On request a person keeps asylum rights, or keeps or takes the rights of a family or other
 * migrant. The rights, not the group, decide the free exam attempts (N7) and the Z-route participation hours.
 */
public enum RightsAfterChange {
    /** Asielrechten toegekend: became an asylum permit holder, with asylum rights (SS125). */
    ASYLUM_RIGHTS_GRANTED("Asielrechten toegekend", TargetGroup.ASYLUM_PERMIT_HOLDER, true),
    /** Behoud asielrechten: became a family or other migrant, but keeps asylum rights (SS124). */
    ASYLUM_RIGHTS_KEPT("Behoud asielrechten", TargetGroup.FAMILY_OR_OTHER_MIGRANT, true),
    /** Op verzoek behoud rechten van gezins- en overige migrant: became an asylum permit holder, keeps migrant rights. */
    MIGRANT_RIGHTS_KEPT_ON_REQUEST("Op verzoek behoud rechten van gezins- en overige migrant",
            TargetGroup.ASYLUM_PERMIT_HOLDER, false),
    /** Op verzoek rechten van gezins- en overige migrant toegekend: became a family or other migrant, with their rights. */
    MIGRANT_RIGHTS_GRANTED_ON_REQUEST("Op verzoek rechten van gezins- en overige migrant toegekend",
            TargetGroup.FAMILY_OR_OTHER_MIGRANT, false);

    private final String duoCode;
    private final TargetGroup newGroup;
    private final boolean asylumRights;

    RightsAfterChange(String duoCode, TargetGroup newGroup, boolean asylumRights) {
        this.duoCode = duoCode;
        this.newGroup = newGroup;
        this.asylumRights = asylumRights;
    }

    public String duoCode() { return duoCode; }

    /** The target group this value belongs to: each value describes a change <em>to</em> this group. */
    public TargetGroup newGroup() { return newGroup; }

    /** Whether asylum rights (free exam attempts, the asylum Z-route hours) apply after the change. */
    public boolean asylumRights() { return asylumRights; }

    /** The default when DUO names no rights: those of the new group. */
    public static RightsAfterChange defaultFor(TargetGroup newGroup) {
        return newGroup == TargetGroup.ASYLUM_PERMIT_HOLDER ? ASYLUM_RIGHTS_GRANTED : MIGRANT_RIGHTS_GRANTED_ON_REQUEST;
    }

    public static RightsAfterChange fromDuoCode(String code) {
        for (RightsAfterChange r : values()) {
            if (r.duoCode.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown DUO AsielrechtenWijzigingVerblijfsdoel: " + code);
    }
}
