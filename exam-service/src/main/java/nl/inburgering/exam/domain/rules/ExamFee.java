package nl.inburgering.exam.domain.rules;

import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Payer;

/**
 * N6: one attempt at any component (LE, LU, SC, SP, KNM) costs €50; all five cost €250
 * (inburgeren.nl/inburgeren-betalen). The payer ({@link FreeAttemptPolicy}) decides <em>who</em> pays; the
 * amount is the same either way. Amounts in euro cents; configurable in {@link ExamPolicyConfig#feeCents()}.
 */
public final class ExamFee {

    private final long perAttemptCents;

    public ExamFee(ExamPolicyConfig config) {
        this.perAttemptCents = config.feeCents();
    }

    /** The fee of one attempt, in cents (default 5000). */
    public long perAttemptCents() {
        return perAttemptCents;
    }

    /** The fee of one attempt for this payer: the same amount for the municipality and the participant. */
    public long feeCents(Payer payer) {
        Objects.requireNonNull(payer, "payer");
        return perAttemptCents;
    }

    /** The fee of several attempts, e.g. 5 components = €250 (N6). */
    public long forAttemptsCents(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
        return Math.multiplyExact(perAttemptCents, attempts);
    }
}
