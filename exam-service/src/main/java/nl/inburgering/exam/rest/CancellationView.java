package nl.inburgering.exam.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cancellation (afmelding) of an exam registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExamCancellation", description = "The cancellation (afmelding) of an exam registration. At least "
        + "the notice period (7 days, configurable) before the exam keeps the attempt (poging) — a free attempt "
        + "stays free; later, it is used up (§4, E19).")
public record CancellationView(
        @Schema(description = "The registration (examenaanmelding)", example = "0b6f7c39-2f0e-4b7e-9c1e-5d1c4c3f2a10")
        UUID registrationId,
        @Schema(description = "The participant (inburgeringsplichtige)", example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        UUID participantId,
        @Schema(description = "Cancellation date (datum afmelding)", example = "2027-02-20") LocalDate cancelledOn,
        @Schema(description = "Exam date (examendatum) of the cancelled registration", example = "2027-03-02")
        LocalDate examDate,
        @Schema(description = "Last day that kept the attempt (laatste dag kosteloos afmelden)", example = "2027-02-23")
        LocalDate lastDayToKeepAttempt,
        @Schema(description = "Whether the attempt (poging) is used up: true when cancelled too late", example = "false")
        boolean attemptConsumed,
        @Schema(description = "CANCELLED_IN_TIME (tijdig afgemeld) or CANCELLED_LATE (te laat afgemeld)",
                example = "CANCELLED_IN_TIME") AttemptStatus status,
        @Schema(description = "When the cancellation was a late move: the new registration", example = "9d2e4b61-7c0a-4f3e-8b55-1e6a2c7d9f04")
        UUID replacedByRegistrationId) {

    public static CancellationView of(ExamRegistration r, CancellationPolicy policy) {
        return new CancellationView(r.id, r.participantId, r.cancelledOn, r.examDate,
                policy.lastDayToKeepAttempt(r.examDate), r.status == AttemptStatus.CANCELLED_LATE, r.status,
                r.replacedByRegistrationId);
    }
}
