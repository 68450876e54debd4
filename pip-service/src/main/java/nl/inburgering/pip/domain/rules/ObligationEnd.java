package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ObligationEndReason;

/**
 * The obligation ended without completion ({@code participant.obligation-ended}; §7.5, E14, E15).
 *
 * @param reason  why
 * @param endedOn the day the obligation ended; a completion stands only if it lies strictly before this day
 *                ({@link CompletionPolicy})
 */
public record ObligationEnd(ObligationEndReason reason, LocalDate endedOn) {

    public ObligationEnd {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(endedOn, "endedOn");
    }
}
