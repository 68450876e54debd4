package nl.inburgering.contracts.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code nl.inburgering.exam.cancelled}: an exam registration was cancelled (afgemeld). Published by exam-service.
 *
 * @param participantId    the inburgeringsplichtige
 * @param registrationId   the examenaanmelding that was cancelled
 * @param cancelledOn      datum afmelding
 * @param attemptConsumed  {@code true} when the cancellation still counts as a (free) poging, e.g. too late
 */
public record ExamCancelled(
        UUID participantId,
        UUID registrationId,
        LocalDate cancelledOn,
        boolean attemptConsumed) implements EventPayload {

    public ExamCancelled {
        Checks.required(participantId, "participantId");
        Checks.required(registrationId, "registrationId");
        Checks.required(cancelledOn, "cancelledOn");
    }
}
