package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.DateTimeException;
import nl.inburgering.duogateway.domain.ExchangeFailed;

/**
 * What a failed exchange means for the work that made it (DESIGN §5; the lead's decision on issue 13's review): worth
 * trying again later (for the whole retry window, never counting towards "permanent"), or never better by waiting.
 */
public enum FailureKind {
    /** Another try may succeed: the other side is away or busy, a token is being renewed, a fact is not there yet. */
    RETRY,
    /** No later try can succeed with the same request: an operator must look (a refused payload, a rule). */
    PERMANENT;

    /**
     * DUO's answers (its documents list 400, 403 with Foutmeldingen, 404, 500 and 503 "Service niet beschikbaar"):
     * a 4xx is DUO's definitive refusal, except 401 (our certificate or DUO's side of it being renewed), 408 and 429
     * (DUO's infrastructure: wait); every 5xx and no answer are DUO's or the line's state.
     */
    public static FailureKind ofDuo(int status) {
        return definitiveRefusal(status) ? PERMANENT : RETRY;
    }

    /**
     * Our services' answers (DESIGN §4): a 4xx is a definitive refusal (400 a request we built wrong, 403 roles not
     * granted, 409 a rule, 422), except 401 (the token expired: renewed and tried again), 408, 429, and 404: exam- and
     * deadline-service learn a participant from pip.events, so a participant pip-service just registered may not be
     * known there yet. 5xx and no answer are transient.
     */
    public static FailureKind ofOurs(int status) {
        return status == 404 || !definitiveRefusal(status) ? RETRY : PERMANENT;
    }

    /**
     * Anything that went wrong in an attempt: an {@link ExchangeFailed} says itself; DUO's data we cannot map (a code
     * DUO's documents do not list, a field missing or malformed) is permanent, retrying maps it the same; everything
     * else (no answer, a timeout, the database away) is transient.
     */
    public static FailureKind of(Throwable failure) {
        if (failure instanceof ExchangeFailed f) {
            return f.kind();
        }
        return failure instanceof IllegalArgumentException || failure instanceof DateTimeException
                || failure instanceof NullPointerException || failure instanceof JsonProcessingException
                ? PERMANENT : RETRY;
    }

    private static boolean definitiveRefusal(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    }
}
