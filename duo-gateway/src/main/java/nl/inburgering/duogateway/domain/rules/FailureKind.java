package nl.inburgering.duogateway.domain.rules;

/**
 * What a failed exchange means for the work that made it (DESIGN §5: bounded retries, then an operator): worth
 * trying again later, or never better by waiting.
 */
public enum FailureKind {
    /** Another try may succeed: the other side is away or busy, or what we refer to is not there yet. */
    RETRY,
    /** No later try can succeed with the same request: an operator must look (a refused payload, a rule). */
    PERMANENT;

    /**
     * DUO's answers (its documents): 400 "Het verzoek voldoet niet aan de specificatie" and 403 with Foutmeldingen
     * (a functional refusal, e.g. a MAP date before the term) are permanent; 404 "Niet gevonden" may be a person DUO
     * does not know yet; 401, 5xx and no answer are DUO's or the line's state.
     */
    public static FailureKind ofDuo(int status) {
        return status == 400 || status == 403 ? PERMANENT : RETRY;
    }

    /**
     * Our services' answers (DESIGN §4): 400 is a request we built wrong and 409 a rule that refuses the fact (both
     * permanent); 404 a participant not registered yet (its registration may be on its way), 401/403 a token that
     * expired or roles not yet granted, 412/428/5xx/503 and no answer are transient.
     */
    public static FailureKind ofOurs(int status) {
        return status == 400 || status == 409 || status == 422 ? PERMANENT : RETRY;
    }
}
