package nl.inburgering.exam.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.service.ExamResultService.ResultBookedElsewhere;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of an exam the participant booked elsewhere (Mijn Inburgering), as DUO reports it. */
@ExistingExam
@Schema(name = "ResultBookedElsewhereRequest", description = "The result (uitslag) of an exam booked elsewhere, "
        + "e.g. in Mijn Inburgering, that reaches the municipality from DUO: no registration exists here.")
public record ResultBookedElsewhereRequest(
        @Schema(description = "Exam component (examenonderdeel)", example = "READING") @NotNull ExamComponent component,
        @Schema(description = "Level (examenniveau): A2, B1 or B2 for a language component; leave out for KNM",
                example = "B1") LanguageLevel level,
        @Schema(description = "Exam date (examendatum): today or before", example = "2026-09-14") @NotNull
        @PastOrPresent LocalDate examDate,
        @Schema(description = "The result") @NotNull @Valid RecordResultRequest result,
        @Schema(description = "The sender's reference of this exam (e.g. DUO's), at most once per participant: the "
                + "same reference and result again is answered as the first", example = "DUO-EX-2026-0091823")
        @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}", message = "must be 1 to 100 letters, digits or . _ : -")
        String reference) implements ExistingExam.ComponentAndLevel {

    ResultBookedElsewhere toCommand() {
        return new ResultBookedElsewhere(component, level, examDate, result.toResult(), reference);
    }
}
