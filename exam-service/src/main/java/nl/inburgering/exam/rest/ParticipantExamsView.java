package nl.inburgering.exam.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.service.ParticipantExamsService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything exam-service knows about one participant's exams. */
@Schema(name = "ParticipantExams", description = "A participant's exams (examens): every registration "
        + "(examenaanmelding) with its result (uitslag), the components passed (behaalde onderdelen), and the free "
        + "attempts left (gratis pogingen).")
public record ParticipantExamsView(
        @Schema(description = "The participant (inburgeringsplichtige)", example = "3f1c2a9e-6b1d-4c55-9a0e-2b7d8c4e5f60")
        UUID participantId,
        @Schema(description = "Target group (doelgroep) in force today; a reported change counts from its effective "
                + "date", example = "ASYLUM_PERMIT_HOLDER") TargetGroup targetGroup,
        @Schema(description = "Every registration, by exam date (examendatum)") List<ExamRegistrationView> registrations,
        @Schema(description = "Components passed (behaalde examenonderdelen): per component the highest level passed")
        List<PassedComponent> passedComponents,
        @Schema(description = "Free attempts left per component (gratis pogingen)") List<FreeAttemptsView.Item> freeAttempts) {

    public static ParticipantExamsView of(ParticipantExamsService.Overview overview,
            Function<ExamRegistration, ExamRegistrationView> registration) {
        return new ParticipantExamsView(overview.participantId(), overview.targetGroup(),
                overview.registrations().stream().map(registration).toList(),
                overview.passed().stream().map(PassedComponent::of).toList(),
                FreeAttemptsView.items(overview.freeAttemptsLeft()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PassedComponent", description = "A component passed (geslaagd) and at which level")
    public record PassedComponent(
            @Schema(description = "Exam component (examenonderdeel)", example = "READING") ExamComponent component,
            @Schema(description = "DUO code", example = "LE") String componentCode,
            @Schema(description = "Highest level passed (examenniveau); absent for KNM", example = "B1") LanguageLevel level,
            @Schema(description = "Exam date (examendatum) of that pass", example = "2027-03-02") LocalDate examDate,
            @Schema(description = "Result date (datum uitslag) of that pass", example = "2027-04-20") LocalDate resultDate,
            @Schema(description = "The registration (examenaanmelding) that was passed", example = "0b6f7c39-2f0e-4b7e-9c1e-5d1c4c3f2a10") UUID registrationId) {

        static PassedComponent of(ExamRegistration r) {
            return new PassedComponent(r.component, r.component.duoCode(), r.level, r.examDate, r.resultDate, r.id);
        }
    }
}
