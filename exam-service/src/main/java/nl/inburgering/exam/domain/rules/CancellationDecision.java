package nl.inburgering.exam.domain.rules;

import java.time.LocalDate;

/**
 * What a cancellation or move does to a registration.
 *
 * @param status                the registration's status afterwards: {@link AttemptStatus#CANCELLED_IN_TIME},
 *                              {@link AttemptStatus#CANCELLED_LATE}, or — for a move in time —
 *                              {@link AttemptStatus#REGISTERED} (same registration, new date, same attempt
 *                              number and payer)
 * @param attemptConsumed       whether the attempt is used up (the {@code attemptConsumed} of {@code exam.cancelled})
 * @param newRegistrationNeeded for a late move: the old registration is cancelled late, and the new date is a
 *                              new registration with its own attempt number and payer decision
 * @param lastDayToKeepAttempt  the last day on which cancelling or moving would have kept the attempt
 */
public record CancellationDecision(AttemptStatus status,
                                   boolean attemptConsumed,
                                   boolean newRegistrationNeeded,
                                   LocalDate lastDayToKeepAttempt) {
}
