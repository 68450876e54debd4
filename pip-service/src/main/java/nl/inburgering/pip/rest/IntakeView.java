package nl.inburgering.pip.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.pip.domain.Intake;
import nl.inburgering.pip.domain.LearnabilityOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The brede intake as recorded. */
@Schema(name = "Intake", description = "The brede intake (broad intake) and the leerbaarheidstoets outcome.")
public record IntakeView(
        UUID participantId,
        @Schema(description = "Date of the intake interview (datum gesprek)") LocalDate interviewDate,
        @Schema(description = "Education (opleiding) was discussed") boolean educationDiscussed,
        @Schema(description = "Work experience (werkervaring) was discussed") boolean workExperienceDiscussed,
        @Schema(description = "Personal circumstances (persoonlijke omstandigheden) were discussed") boolean personalCircumstancesDiscussed,
        LearnabilityTestView learnabilityTest,
        @Schema(description = "Version for optimistic concurrency; also the ETag. Send it in If-Match to update.")
        long version,
        @Schema(description = "Last change (UTC)") Instant updatedAt) {

    public static IntakeView of(Intake i) {
        return new IntakeView(i.participantId, i.interviewDate, i.educationDiscussed, i.workExperienceDiscussed,
                i.personalCircumstancesDiscussed, new LearnabilityTestView(i.learnabilityOutcome,
                        i.learnabilityOutcome.duoValue(), i.learnabilityScore, i.learnabilityRequiredScore,
                        i.learnabilityTestDate), i.version, i.updatedAt);
    }

    /** The leerbaarheidstoets outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LearnabilityTestResult", description = "Uitslag leerbaarheidstoets")
    public record LearnabilityTestView(
            @Schema(description = "Outcome (resultaat)") LearnabilityOutcome outcome,
            @Schema(description = "DUO's value (LeerbaarheidstoetsResultaat); absent for SKIPPED",
                    example = "B1-route haalbaar") String duoValue,
            @Schema(description = "behaaldeScore") BigDecimal score,
            @Schema(description = "benodigdeScore") BigDecimal requiredScore,
            @Schema(description = "datumAfname") LocalDate testDate) {
    }
}
