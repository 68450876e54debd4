package nl.inburgering.pvt.domain.rules;

/** What the signing of the participation statement waits for, each with the rule that asks for it. */
public enum PvtRequirement {
    /** N12: the hours attended. */
    HOURS(RuleCodes.HOURS),
    /** Education on the core values. */
    EDUCATION(RuleCodes.EDUCATION),
    /** The walk through the community (seed). */
    COMMUNITY_WALK(RuleCodes.COMMUNITY_WALK),
    /** The topics the municipality requires. */
    TOPICS(RuleCodes.TOPICS);

    private final String rule;

    PvtRequirement(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
