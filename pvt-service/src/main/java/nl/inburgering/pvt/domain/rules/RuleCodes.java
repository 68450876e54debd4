package nl.inburgering.pvt.domain.rules;

/**
 * The rule codes pvt-service puts in a 409's {@code rule}. DUO's SDI016 rules for the signing date and
 * {@code verwijtbaar} are the kit's {@link nl.inburgering.kit.rules.ModuleResultRules} with prefix {@code DUO-PVT}
 * ({@code DUO-PVT-1} … {@code DUO-PVT-6}, {@code TERM-NOT-YET-KNOWN}). The codes are part of the API: never renumber.
 */
public final class RuleCodes {

    /** N12 [S] (rules §6): the PVT takes at least 12 hours before the statement is signed (configurable). */
    public static final String HOURS = "N12";
    /** §6 [S]: education on the core values of Dutch society comes before the signing (configurable). */
    public static final String EDUCATION = "PVT-EDUCATION";
    /** Seed (§6 [?], configurable): the walk through the community comes before the signing. */
    public static final String COMMUNITY_WALK = "PVT-COMMUNITY-WALK";
    /** §6 [S] (configurable, none by default): each topic the municipality requires is covered before the signing. */
    public static final String TOPICS = "PVT-TOPICS";
    /** The statement is signed once: a second signing, or a change to the hours it rests on, waits for a withdrawal. */
    public static final String SIGNED = "PVT-SIGNED";
    /** There is no signing to withdraw or to print. */
    public static final String NOT_SIGNED = "PVT-NOT-SIGNED";
    /** A withdrawn entry is kept as it was; it is not withdrawn again. */
    public static final String WITHDRAWN = "PVT-WITHDRAWN";
    /** A session holds no more participants than its capacity. */
    public static final String SESSION_FULL = "PVT-SESSION-FULL";
    /** Attendance of a session is recorded for the participants enrolled in it. */
    public static final String NOT_ENROLLED = "PVT-NOT-ENROLLED";
    /** A participant's attendance of a session is recorded once; withdraw it to record it anew. */
    public static final String ATTENDED_ONCE = "PVT-ATTENDED-ONCE";
    /** An enrolment with attendance recorded stays: withdraw the attendance first. */
    public static final String ATTENDANCE_RECORDED = "PVT-ATTENDANCE-RECORDED";
    /** Attendance is recorded on or after the session's day, never before it happened (as pip's FACT-NOT-IN-FUTURE). */
    public static final String NOT_IN_FUTURE = nl.inburgering.kit.rules.FactDay.NOT_IN_FUTURE;
    /**
     * E17 (§3.3, §9): the PVT date may not lie after the Z-route completion, so once the Z-route is completed the
     * signing it rests on is not withdrawn.
     */
    public static final String FIXED_BY_ZROUTE_COMPLETION = "E17";

    private RuleCodes() {
    }
}
