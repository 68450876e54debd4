package nl.inburgering.duogateway.domain.rules;

import java.util.Map;
import java.util.Set;

/**
 * What the gateway does for each of DUO's event codes (gebeurtenisId; rules §10, DUO {@code Gebeurtenissen.md}). A
 * notification of any code is stored and answered 201 (DUO's Notificatie API asks nothing else); these codes are
 * acted on, the others (attention signals not yet live, requests filed, refusals, SS106 diploma) are recorded only.
 */
public enum EventCodes {
    /**
     * SS101 new obligation, SS128 reaches AOW age within 6 months, SS139 the 10 weeks for the leerroute started, SS129
     * a temporary exemption withdrawn before a leerroute (rules §10: "New obligation"). SS130 (withdrawn with an
     * earlier PIP and term: the term resumes) stays recorded only: how the paused days are excluded is open (§11.13).
     */
    NEW_OBLIGATION(Set.of("SS101", "SS128", "SS139", "SS129")),
    /** SS120 settled here without a PIP, SS121 with the previous municipality's PIP. */
    MOVE(Set.of("SS120", "SS121")),
    /** SS124 asielstatushouder to gezins- en overige migrant, SS125 the reverse. */
    TARGET_GROUP(Set.of("SS124", "SS125")),
    /** SS110 obligation withdrawn (permit, abroad, naturalised, AOW age), SS111 died. */
    OBLIGATION_ENDED(Set.of("SS110", "SS111")),
    /** SS199 an exam result is known. */
    EXAM_RESULT(Set.of("SS199")),
    /** SS102 term started, SS103 extended ambtshalve, SS104 extended on request. */
    TERM(Set.of("SS102", "SS103", "SS104")),
    /** SS107 full vrijstelling, SS108 full ontheffing, SS109 temporary vrijstelling, SS117 partial, SS119 partial ontheffing. */
    EXEMPTION(Set.of("SS107", "SS108", "SS109", "SS117", "SS119")),
    /** Any other code: stored, answered, recorded; nothing to change here. */
    RECORDED_ONLY(Set.of());

    private final Set<String> codes;

    EventCodes(Set<String> codes) {
        this.codes = codes;
    }

    public Set<String> codes() {
        return codes;
    }

    public static EventCodes of(String gebeurtenisId) {
        for (EventCodes group : values()) {
            if (group.codes.contains(gebeurtenisId)) {
                return group;
            }
        }
        return RECORDED_ONLY;
    }

    /**
     * Which DUO exemption each exemption code reports: the member of DUO's {@code Vrijstelling} or {@code Ontheffing}
     * (Vrijstelling/Ontheffing APIs) and our scope.
     */
    public record ExemptionSource(String api, String member, String scope) {
    }

    public static final Map<String, ExemptionSource> EXEMPTIONS = Map.of(
            "SS107", new ExemptionSource("vrijstellingen", "GeheleVrijstelling", "FULL"),
            "SS109", new ExemptionSource("vrijstellingen", "TijdelijkeVrijstelling", "TEMPORARY"),
            "SS117", new ExemptionSource("vrijstellingen", "GedeeltelijkeVrijstelling", "PARTIAL"),
            "SS108", new ExemptionSource("ontheffingen", "GeheleOntheffing", "FULL"),
            "SS119", new ExemptionSource("ontheffingen", "GedeeltelijkeOntheffing", "PARTIAL"));

    /** exam-service: the reference names an exam recorded with another result (DUO Examen: one result per exam). */
    public static final String EXAM_RESULT_DIFFERS = "DUO-EXAMEN-2";
    /** exam-service §4: a registration here holds that component on that day; the result is that registration's. */
    public static final String EXAM_REGISTERED_HERE = "EXAM-ONE-SITTING-PER-DAY";
    /** service-kit IdempotencyStore: the key was used before for another body (the gateway's keys are DUO's facts). */
    public static final String IDEMPOTENCY_KEY_REUSED = "Idempotency-Key";
    /** deadline-service: a temporary exemption here covers some of the days already. */
    public static final String EXEMPTION_TEMPORARY_OVERLAP = "EXEMPTION-TEMPORARY-OVERLAP";

    /**
     * A 409 of our services that means the fact DUO reports is already so here (a retry after a crash between the
     * change and its DONE, or two notifications of one fact), not a conflict for an operator: the rule codes of
     * pip-service (E10 same municipality, E11 same target group, E14 obligation ended once). exam-service's §4 (a
     * result of an exam registered here) is "already so" only once that registration has its result: the processor
     * looks.
     */
    public static boolean alreadySo(EventCodes group, String rule) {
        return switch (group) {
            case MOVE -> "E10".equals(rule);
            case TARGET_GROUP -> "E11".equals(rule);
            case OBLIGATION_ENDED -> "E14".equals(rule);
            default -> false;
        };
    }
}
