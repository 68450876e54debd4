package nl.inburgering.exam.domain.rules;

import nl.inburgering.contracts.vocabulary.Payer;

/**
 * Who pays a new registration, and what it costs; fixed at registration time ({@code exam.registered}:
 * {@code attemptNumber}, {@code payer}, {@code feeCents}).
 *
 * @param payer            MUNICIPALITY or PARTICIPANT
 * @param feeCents         the fee of the attempt (N6), the same whoever pays
 * @param attemptNumber    1, 2, 3, … for this component ({@link AttemptCounter})
 * @param freeAttemptsLeft free attempts of this component left <em>before</em> this registration
 * @param reason           why this payer
 */
public record PaymentDecision(Payer payer, long feeCents, int attemptNumber, int freeAttemptsLeft,
                              PaymentReason reason) {

    /** Free attempts of this component left once this registration is made (like DUO's gratisPogingenTegoed). */
    public int freeAttemptsLeftAfter() {
        return payer == Payer.MUNICIPALITY ? freeAttemptsLeft - 1 : freeAttemptsLeft;
    }
}
