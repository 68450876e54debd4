package nl.inburgering.exam.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptCounter;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.AttemptUse;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.domain.rules.PaymentReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exam registration (examenaanmelding) with its attempt, who pays it, and its result once known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExamRegistration", description = "An exam registration (examenaanmelding): one attempt (poging) at "
        + "one exam component (examenonderdeel) on one exam date (examendatum), who pays it (betaler, decided at "
        + "registration and never recomputed) and, once known, its result (uitslag).")
public record ExamRegistrationView(
        @Schema(description = "Registration id (examenaanmelding)", example = "0b6f7c39-2f0e-4b7e-9c1e-5d1c4c3f2a10")
        UUID id,
        @Schema(description = "The participant (inburgeringsplichtige)", example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        UUID participantId,
        @Schema(description = "Exam component (examenonderdeel)", example = "READING") ExamComponent component,
        @Schema(description = "DUO code of the examenonderdeel: LE, LU, SC, SP or KNM", example = "LE")
        String componentCode,
        @Schema(description = "Level (examenniveau); absent for KNM", example = "B1") LanguageLevel level,
        @Schema(description = "Exam date (examendatum)", example = "2027-03-02") LocalDate examDate,
        @Schema(description = "Exam location (examenlocatie)", example = "DUO examenlocatie Amsterdam, Piet Heinkade 55")
        String location,
        @Schema(description = "Attempt (poging) number at this component: 1 = first", example = "1") int attemptNumber,
        @Schema(description = "Who pays this attempt (betaler): MUNICIPALITY (gemeente) or PARTICIPANT (inburgeraar); "
                + "absent for an exam booked elsewhere (not known here)", example = "MUNICIPALITY") Payer payer,
        @Schema(description = "Fee of this attempt (examengeld) in euro cents, whoever pays it (N6)", example = "5000")
        long feeCents,
        @Schema(description = "Why this payer (N7): FREE_ATTEMPT (gratis poging), NOT_AN_ASYLUM_PERMIT_HOLDER "
                + "(geen asielstatushouder), BELOW_PLAN_LEVEL (onder het niveau van het PIP), NO_FREE_ATTEMPTS_LEFT "
                + "(geen gratis pogingen meer), BOOKED_ELSEWHERE (booked outside this system, e.g. in Mijn Inburgering)",
                example = "FREE_ATTEMPT") PaymentReason paymentReason,
        @Schema(description = "The rule behind the payer", example = "N7") String paymentRule,
        @Schema(description = "Target group (doelgroep) on the registration day", example = "ASYLUM_PERMIT_HOLDER")
        TargetGroup targetGroupAtRegistration,
        @Schema(description = "Registration date (datum aanmelding)", example = "2026-11-29") LocalDate registeredOn,
        @Schema(description = "REGISTERED (aangemeld), CANCELLED_IN_TIME (tijdig afgemeld: the attempt is kept), "
                + "CANCELLED_LATE (te laat afgemeld: the attempt is used up) or RESULT (uitslag bekend)",
                example = "REGISTERED") AttemptStatus status,
        @Schema(description = "Whether this registration has used up its attempt (poging verbruikt): a result, a late "
                + "cancellation or move, or a no-result that consumes (E23). False for an open registration, which "
                + "only holds one (see attempt)", example = "false") boolean attemptConsumed,
        @Schema(description = "HELD: open, counted as an attempt now and given back if cancelled in time; USED: used "
                + "up; NOT_USED: cancelled in time, or a no-result that does not consume", example = "HELD")
        AttemptUse attempt,
        @Schema(description = "Last day to cancel or move and keep the attempt (laatste dag kosteloos afmelden of "
                + "verzetten, §4/E19)", example = "2027-02-23") LocalDate lastDayToKeepAttempt,
        @Schema(description = "Cancellation date (datum afmelding)", example = "2027-02-20") LocalDate cancelledOn,
        @Schema(description = "A late move replaced this registration: the new one", example = "9d2e4b61-7c0a-4f3e-8b55-1e6a2c7d9f04") UUID replacedByRegistrationId,
        @Schema(description = "This registration replaces one that was moved late", example = "0b6f7c39-2f0e-4b7e-9c1e-5d1c4c3f2a10") UUID replacesRegistrationId,
        @Schema(description = "The result (uitslag), once recorded") ExamResultView result,
        @Schema(description = "BOOKED_HERE, or BOOKED_ELSEWHERE: only its result was recorded here (from DUO)",
                example = "BOOKED_HERE") ExamRegistration.Source source,
        @Schema(description = "Version for optimistic concurrency (also the ETag)", example = "0") long version) {

    public static ExamRegistrationView of(ExamRegistration r, AttemptCounter counter, CancellationPolicy cancellation) {
        AttemptUse use = counter.use(r.toPriorAttempt());
        return new ExamRegistrationView(r.id, r.participantId, r.component, r.component.duoCode(), r.level,
                r.examDate, r.location, r.attemptNumber, r.payer, r.feeCents, r.paymentReason,
                r.paymentReason.rule(), r.targetGroup, r.registeredOn, r.status,
                use == AttemptUse.USED, use,
                r.status == AttemptStatus.REGISTERED ? cancellation.lastDayToKeepAttempt(r.examDate) : null,
                r.cancelledOn, r.replacedByRegistrationId, r.replacesRegistrationId, ExamResultView.of(r), r.source, r.version);
    }
}
