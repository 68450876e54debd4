package nl.inburgering.exam.domain.rules;

/** Why an attempt is paid by whom (N7), with the rule to cite. */
public enum PaymentReason {
    /** Asylum permit holder with free attempts left for this component: the municipality pays (N7, seed). */
    FREE_ATTEMPT(RuleCodes.N7_FREE_ATTEMPTS),
    /** Gezins- of overige migrant: pays every attempt, €50 each (N7, N6). */
    NOT_AN_ASYLUM_PERMIT_HOLDER(RuleCodes.N7_FREE_ATTEMPTS),
    /** A language exam below the level of the current PIP, without an A2 permission for the component (N7, E4). */
    BELOW_PLAN_LEVEL(RuleCodes.N7_FREE_ATTEMPTS),
    /** The free attempts of this component are used up: "After that, you have to pay for it yourself" (N7, seed). */
    NO_FREE_ATTEMPTS_LEFT(RuleCodes.N7_FREE_ATTEMPTS),
    /** Booked elsewhere (Mijn Inburgering); only its result reached this service: who paid is not known here. */
    BOOKED_ELSEWHERE(RuleCodes.S4_EXAMS);

    private final String rule;

    PaymentReason(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
