package nl.inburgering.exam.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.exam.domain.ExamRegistration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result (uitslag) of one registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ExamResult", description = "The result (uitslag) of one exam registration, with DUO's codes beside "
        + "the English names.")
public record ExamResultView(
        @Schema(description = "The registration (examenaanmelding)", example = "0b6f7c39-2f0e-4b7e-9c1e-5d1c4c3f2a10")
        UUID registrationId,
        @Schema(description = "The participant (inburgeringsplichtige)", example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        UUID participantId,
        @Schema(description = "Exam component (examenonderdeel)", example = "READING") ExamComponent component,
        @Schema(description = "DUO code of the examenonderdeel", example = "LE") String componentCode,
        @Schema(description = "Level (examenniveau); absent for KNM", example = "B1") LanguageLevel level,
        @Schema(description = "Exam date (examendatum)", example = "2027-03-02") LocalDate examDate,
        @Schema(description = "Outcome (resultaat): PASSED, FAILED or NO_RESULT", example = "FAILED") ExamOutcome outcome,
        @Schema(description = "DUO's resultaat: Geslaagd, Gezakt or Geen", example = "Gezakt") String outcomeCode,
        @Schema(description = "Reason for no result (redenGeenResultaat); only with NO_RESULT", example = "ABSENT")
        NoResultReason noResultReason,
        @Schema(description = "DUO's redenGeenResultaat: Verwijtbaar, Nietverwijtbaar, Afgemeld or Absent",
                example = "Absent") String noResultReasonCode,
        @Schema(description = "Score (behaalde score), if reported", example = "27") Integer score,
        @Schema(description = "Result date (datum uitslag)", example = "2027-04-20") LocalDate resultDate) {

    /** Null when the registration has no result. */
    public static ExamResultView of(ExamRegistration r) {
        if (!r.hasResult()) {
            return null;
        }
        return new ExamResultView(r.id, r.participantId, r.component, r.component.duoCode(), r.level, r.examDate,
                r.outcome, r.outcome.duoCode(), r.noResultReason,
                r.noResultReason == null ? null : r.noResultReason.duoCode(), r.score, r.resultDate);
    }
}
