package nl.inburgering.deadline.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.service.TermService.TermState;
import nl.inburgering.kit.participants.KnownParticipant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Term", description = "The participant's inburgeringstermijn: from the day after the dagtekening of the "
        + "initial PIP, three years (N2, N3). Before the initial PIP, started is false and the dates are absent.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TermView(
        @Schema(description = "The participant") UUID participantId,
        @Schema(description = "Whether the term has started (an initial PIP is known here)", example = "true")
        boolean started,
        @Schema(description = "Startdatum inburgeringstermijn: the first day inside the term", example = "2026-02-02")
        LocalDate startDate,
        @Schema(description = "The last day inside the term", example = "2029-02-01") LocalDate lastDay,
        @Schema(description = "Einddatum (exclusive): the first day after the term", example = "2029-02-02")
        LocalDate endDateExclusive,
        @Schema(description = "Dagtekening of the initial PIP that started the term", example = "2026-02-01")
        LocalDate initialPlanDateOfIssue,
        @Schema(description = "Whether the term has been exceeded today (overschreden): today is on or after its end",
                example = "false") Boolean exceeded,
        @Schema(description = "The term came with the participant from another municipality (E10): started there by "
                + "its initial PIP, as DUO gives it; no initial PIP here") Boolean broughtAlong,
        @Schema(description = "Why there is no term yet, in words", example = "No initial PIP has been established yet;"
                + " the term starts the day after its dagtekening.") String detail) {

    static TermView of(TermState state, LocalDate today) {
        var t = state.term();
        if (t == null) {
            return new TermView(state.participant().participantId(), false, null, null, null, null, null, null,
                    "No initial PIP has reached deadline-service yet; the term starts the day after its dagtekening.");
        }
        KnownParticipant.Term term = new KnownParticipant.Term(t.startDate, t.endDateExclusive);
        return new TermView(t.participantId, true, term.start(), term.lastDay(), term.endExclusive(),
                t.initialDateOfIssue, term.exceededOn(today), t.initialPlanId == null ? Boolean.TRUE : null, null);
    }
}
