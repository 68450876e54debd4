package nl.inburgering.exam.letter;

import java.util.Objects;

import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.exam.domain.rules.PaymentDecision;

/**
 * Who would pay a resit of the same component, as the letter tells it.
 *
 * @param freeAttemptsLeft free attempts of this component left now (DUO gratisPogingenTegoed)
 * @param payer            who pays the next attempt
 * @param feeCents         the fee of one attempt (N6)
 */
public record NextAttempt(int freeAttemptsLeft, Payer payer, long feeCents) {

    public NextAttempt {
        Objects.requireNonNull(payer, "payer");
        if (freeAttemptsLeft < 0) {
            throw new IllegalArgumentException("freeAttemptsLeft must not be negative");
        }
        if (feeCents < 0) {
            throw new IllegalArgumentException("feeCents must not be negative");
        }
        if (payer == Payer.MUNICIPALITY && freeAttemptsLeft == 0) {
            throw new IllegalArgumentException("the municipality pays only while free attempts are left (N7)");
        }
    }

    /**
     * From the decision {@link nl.inburgering.exam.domain.rules.FreeAttemptPolicy#decide} takes for a
     * hypothetical new registration of the same component and level, made with the facts of today.
     */
    public static NextAttempt from(PaymentDecision decision) {
        return new NextAttempt(decision.freeAttemptsLeft(), decision.payer(), decision.feeCents());
    }
}
