package nl.inburgering.pip.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The brede intake (broad intake, Wet art. 14(3); rules §2.2): the interview date, which topics were
 * discussed, and the leerbaarheidstoets. There is deliberately no free-text field: no health details are
 * stored (DESIGN §6), only that personal circumstances were discussed. PUT replaces the whole intake.
 */
@Schema(name = "IntakeRequest", description = "Brede intake: interview (gesprek), topics discussed, and the outcome "
        + "of the leerbaarheidstoets (learnability test). No health details are stored: there is no field for them.")
public record IntakeRequest(
        @Schema(description = "Date of the intake interview (datum gesprek brede intake)", example = "2026-02-10")
        @NotNull @PastOrPresent LocalDate interviewDate,
        @Schema(description = "Education (opleiding) was discussed", example = "true")
        @NotNull Boolean educationDiscussed,
        @Schema(description = "Work experience (werkervaring) was discussed", example = "true")
        @NotNull Boolean workExperienceDiscussed,
        @Schema(description = "Personal circumstances (persoonlijke omstandigheden, including health) were "
                + "discussed; what was said is not stored here", example = "true")
        @NotNull Boolean personalCircumstancesDiscussed,
        @Schema(description = "Outcome of the leerbaarheidstoets (learnability test), or SKIPPED")
        @NotNull @Valid LearnabilityTestRequest learnabilityTest) {
}
