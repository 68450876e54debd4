package nl.inburgering.exam.rest;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.exam.service.RegisterExam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registration for one exam component (examenaanmelding), by the participant themself or their municipality. */
@ExistingExam
@Schema(name = "RegisterExamRequest", description = "Registration for an exam component (aanmelden voor een "
        + "examenonderdeel), as in Mijn Inburgering.")
public record RegisterExamRequest(
        @Schema(description = "The participant (inburgeringsplichtige); for role participant this must be yourself",
                example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        @NotNull UUID participantId,
        @Schema(description = "Exam component (examenonderdeel): READING (LE, lezen), LISTENING (LU, luisteren), "
                + "WRITING (SC, schrijven), SPEAKING (SP, spreken) or KNM (kennis van de Nederlandse maatschappij)",
                example = "READING")
        @NotNull ExamComponent component,
        @Schema(description = "Level (examenniveau): A2, B1 or B2 for a language component; leave out for KNM",
                example = "B1")
        LanguageLevel level,
        @Schema(description = "Exam date (examendatum), after today", example = "2027-03-02")
        @NotNull @Future LocalDate examDate,
        @Schema(description = "Exam location (examenlocatie)", example = "DUO examenlocatie Amsterdam, Piet Heinkade 55")
        @NotBlank @Size(max = 200) String location) implements ExistingExam.ComponentAndLevel {

    public RegisterExam toCommand() {
        return new RegisterExam(participantId, component, level, examDate, location);
    }
}
