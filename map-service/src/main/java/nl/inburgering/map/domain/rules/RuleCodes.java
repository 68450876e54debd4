package nl.inburgering.map.domain.rules;

/**
 * The rule codes map-service puts in a 409's {@code rule}. DUO's SDI016 rules for the final-interview date and
 * {@code verwijtbaar} are the kit's {@link nl.inburgering.kit.rules.ModuleResultRules} with prefix {@code DUO-MAP}
 * ({@code DUO-MAP-1} … {@code DUO-MAP-6}, {@code TERM-NOT-YET-KNOWN}). The codes are part of the API: never renumber.
 */
public final class RuleCodes {

    /** §5 [C]: the MAP applies to the B1-route and the Z-route, not to the Onderwijsroute. */
    public static final String NOT_FOR_EDUCATION_ROUTE = "§5";
    /** The route decides whether the MAP applies; without a PIP known here it is not decided by guessing. */
    public static final String PLAN_NOT_YET_KNOWN = "PLAN-NOT-YET-KNOWN";
    /** N11 [S]: the final interview comes after at least 40 hours of work experience. */
    public static final String FORTY_HOURS = "N11";
    /** §5 [S]: the final interview comes after the labour-market themes. */
    public static final String THEMES_FIRST = "§5-THEMES";
    /** Seed (§5 [?], configurable): the final interview comes after the start interview. */
    public static final String START_INTERVIEW_FIRST = "MAP-START-INTERVIEW";
    /** A part recorded once (the start interview, each theme) is corrected, not recorded again. */
    public static final String RECORDED_ONCE = "MAP-RECORDED-ONCE";
    /** A completed MAP takes no second final interview: correct or withdraw the one that completed it. */
    public static final String ALREADY_COMPLETED = "MAP-COMPLETED";
    /** No more than 24 hours of work experience on one day. */
    public static final String HOURS_PER_DAY = "MAP-HOURS-PER-DAY";
    /** A part is dated on the day it happened, never after today (as pip-service's FACT-NOT-IN-FUTURE). */
    public static final String NOT_IN_FUTURE = nl.inburgering.kit.rules.FactDay.NOT_IN_FUTURE;
    /**
     * E17 (§3.3, §9): the MAP date may not lie after the Z-route completion, so once the Z-route is completed the
     * final interview it rests on is neither withdrawn nor corrected.
     */
    public static final String FIXED_BY_ZROUTE_COMPLETION = "E17";
    /** A withdrawn entry is kept as it was; it is not changed or withdrawn again. */
    public static final String WITHDRAWN = "MAP-WITHDRAWN";

    private RuleCodes() {
    }
}
