package nl.inburgering.pip.domain.rules;

/**
 * The rule codes this package puts in {@link nl.inburgering.kit.problem.RuleViolationException#rule()}.
 *
 * <p>Where a source numbers a rule, the code is that number ({@code N16}, {@code E17}, {@code §3.1}). DUO's
 * PIP validation rules are listed, unnumbered, in wi2021-rules.md §2.4 [C] (the OpenAPI files in
 * {@code reference/duo-m2m} carry no error codes), so they are numbered here in the order §2.4 lists them,
 * as {@code DUO-PIP-n}; the same goes for the Z-route completion checks ({@code DUO-ZROUTE-n}). The codes are
 * part of the API: never renumber them, only add.
 */
public final class RuleCodes {

    /** DUO PIP rule (§2.4 [C]): the dagtekening may not lie before the start of the inburgeringsplicht. */
    public static final String PIP_NOT_BEFORE_OBLIGATION_START = "DUO-PIP-1";

    /** DUO PIP rule (§2.4 [C], E10): the dagtekening may not lie before the registration in the municipality. */
    public static final String PIP_NOT_BEFORE_MUNICIPALITY_REGISTRATION = "DUO-PIP-2";

    /** DUO PIP rule (§2.4 [C], E1): a changed PIP may not be dated before the initial or the current PIP. */
    public static final String REVISION_NOT_BEFORE_EARLIER_PIP = "DUO-PIP-3";

    /** DUO PIP rule (§2.4, §3.2 [C]): level A2 may not be combined with the Onderwijsroute. */
    public static final String A2_NOT_WITH_EDUCATION_ROUTE = "DUO-PIP-4";

    /** DUO PIP rule (§2.4 [C]): level B1 (and so anything higher) may not be combined with the Z-route. */
    public static final String B1_NOT_WITH_Z_ROUTE = "DUO-PIP-5";

    /** DUO PIP rule (§2.4 [C], E4): A2 in the B1-route is not allowed in the first PIP ever registered. */
    public static final String A2_NOT_IN_FIRST_PIP = "DUO-PIP-6";

    /** DUO PIP rule (§2.4 [C]): a PIP can be deleted only while the term has not started and no hours are registered. */
    public static final String DELETE_ONLY_BEFORE_TERM_START = "DUO-PIP-7";

    /** DUO PIP field rule ({@code geschatteIntensiteitB1Route}, §1.3 table [C]): only for asylum permit holders on the B1-route. */
    public static final String INTENSITY_ONLY_ASYLUM_B1_ROUTE = "DUO-PIP-8";

    /** §3.1: the B1-route's level is B1, or A2 per language component after afschalen; KNM is never afgeschaald. */
    public static final String B1_ROUTE_LEVEL = "§3.1";

    /** §3.2: the Onderwijsroute's language level is B1 or B2. */
    public static final String EDUCATION_ROUTE_LEVEL = "§3.2";

    /** §5: the MAP does not apply to the Onderwijsroute, so its PIP cannot describe one. */
    public static final String NO_MAP_IN_EDUCATION_ROUTE = "§5";

    /** E4 (§12.2): A2 permission is given per language component; level and components must agree. */
    public static final String A2_PER_COMPONENT = "E4";

    /** N16 (§3.4, E3): a route switch is allowed once; B1-route → Onderwijsroute only within 18 months. */
    public static final String ROUTE_SWITCH = "N16";

    /** §3.3: a Z-route completion needs a current PIP on the Z-route. */
    public static final String ZROUTE_ONLY_ON_ZROUTE = "§3.3";

    /** DUO Z-route completion (SDI016; as DUO does for MAP/PVT dates, E18): the date may not lie in the future. */
    public static final String ZROUTE_NOT_IN_FUTURE = "DUO-ZROUTE-1";

    /** DUO Z-route completion (SDI016; as for MAP/PVT dates, E18): the date may not lie before the term start. */
    public static final String ZROUTE_NOT_BEFORE_TERM_START = "DUO-ZROUTE-2";

    /** E17 (§3.3, §9): the MAP and PVT dates may not lie after the Z-route completion date. */
    public static final String ZROUTE_NOT_BEFORE_MAP_OR_PVT = "E17";

    /** N13: an asylum permit holder completes the Z-route after 800 course hours and 800 participation hours. */
    public static final String ZROUTE_HOURS_ASYLUM = "N13";

    /** N14: a family or other migrant completes the Z-route after 800 course hours. */
    public static final String ZROUTE_HOURS_FAMILY = "N14";

    /** §3.3, §9: the Z-route completion (datumAfrondingZroute) is recorded once; a different date is refused. */
    public static final String ZROUTE_COMPLETED_ONCE = "DUO-ZROUTE-3";

    /** §9: a completed case (inburgeringsplicht voldaan) takes no new PIP, hours or Z-route completion. */
    public static final String CASE_COMPLETED = "§9";

    /**
     * E14, E15: a case closed by a full exemption or an ended obligation takes no new PIP, hours or Z-route
     * completion; an obligation ends once.
     */
    public static final String CASE_CLOSED = "E14";

    /** E11 (SS124/SS125): a target group change names a group other than the current one. */
    public static final String TARGET_GROUP_CHANGE = "E11";

    /** E10 (SS120–SS122): a move names a municipality other than the current one. */
    public static final String MOVE_TO_OTHER_MUNICIPALITY = "E10";

    /**
     * Issue 8 item 12 (decision): a move and a PIP are facts that have happened, so they are not dated after today
     * (a move is known from the BRP after it took effect; a PIP's dagtekening is the day it is issued). DUO's
     * announcements ahead of time — the pension age (SS128), a full exemption from a later date — are scheduled
     * instead: they take effect on their date.
     */
    public static final String NOT_IN_FUTURE = nl.inburgering.kit.rules.FactDay.NOT_IN_FUTURE;

    /**
     * Rules §1 [C] (issue 8 item 11, decision): the Wi2021 applies to people who became inburgeringsplichtig on or
     * after 1 January 2022; an obligation that started earlier runs under the Wi2013, whose rules this system does
     * not implement, so its registration is refused rather than judged by the wrong law.
     */
    public static final String WI2021_SCOPE = "WI2021-SCOPE";
    /**
     * N15 (Besluit art. 5.5): afschalen in the B1-route follows at least 600 hours of NT2 course. The municipality
     * decides, so fewer hours is a warning on the PIP and in the audit, not a refusal.
     */
    public static final String AFSCHALEN_COURSE_HOURS = "N15";

    private RuleCodes() {
    }
}
