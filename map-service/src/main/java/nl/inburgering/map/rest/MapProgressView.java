package nl.inburgering.map.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.map.domain.rules.MapAssessment;
import nl.inburgering.map.domain.rules.MapPartKind;
import nl.inburgering.map.service.MapService.Progress;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the participant's MAP stands: each part, what is left and why, and every entry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MapProgress", description = "The participant's MAP (Module Arbeidsmarkt en Participatie): each part "
        + "with its state, the hours against the 40 required, what is left and why, and every entry.")
public record MapProgressView(
        @Schema(description = "The participant") UUID participantId,
        @Schema(description = "The route of the current PIP; absent while no PIP is known here", example = "B1")
        Route route,
        @Schema(description = "Whether the MAP applies: B1-route and Z-route yes, Onderwijsroute no (§5)") boolean applies,
        @Schema(description = "Whether the MAP is completed (a SUFFICIENT final interview)") boolean completed,
        @Schema(description = "The date of the final interview that completed it", example = "2026-09-01")
        LocalDate completedOn,
        @Schema(description = "Its verwijtbaar flag, when given", example = "NO") Culpability culpableDelay,
        @Schema(description = "Start interview") StartInterview startInterview,
        @Schema(description = "Labour-market education: the themes") Education education,
        @Schema(description = "Work experience (the practical part)") WorkExperience workExperience,
        @Schema(description = "What is left, each with the rule that asks for it, in words for the participant")
        List<Left> outstanding,
        @Schema(description = "Every entry, withdrawn ones too, oldest first") List<MapEntryView> entries) {

    @Schema(name = "MapStartInterview")
    public record StartInterview(
            @Schema(description = "Whether it is required (map.start-interview-required)") boolean required,
            @Schema(description = "Its date; absent while not recorded", example = "2026-03-02") LocalDate date) {
    }

    @Schema(name = "MapEducation")
    public record Education(
            @Schema(description = "Themes done, with the day") List<ThemeDone> done,
            @Schema(description = "Themes still to do", example = "[\"FINDING_WORK\",\"WORK_CULTURE\"]") List<String> left,
            @Schema(description = "The day the last theme was done; absent while themes are left") LocalDate completedOn) {
    }

    @Schema(name = "MapThemeDone")
    public record ThemeDone(@Schema(example = "CAREER_ORIENTATION") String theme,
            @Schema(example = "2026-04-10") LocalDate completedOn) {
    }

    @Schema(name = "MapWorkExperience")
    public record WorkExperience(
            @Schema(description = "Hours recorded", example = "12.5") BigDecimal hours,
            @Schema(description = "Hours required (N11)", example = "40") BigDecimal hoursRequired,
            @Schema(description = "Hours to go", example = "27.5") BigDecimal hoursLeft,
            @Schema(description = "The day the hours reached the required total; absent before") LocalDate completedOn) {
    }

    @Schema(name = "MapOutstanding")
    public record Left(@Schema(example = "WORK_EXPERIENCE") MapPartKind part,
            @Schema(description = "The code of the rule that asks for it", example = "N11") String rule,
            @Schema(example = "12.5 of 40 hours of work experience are recorded; 27.5 hours to go.") String text,
            @Schema(description = "The rule explained: a plain sentence in Dutch or English (Accept-Language) and "
                    + "its legal source") nl.inburgering.kit.explain.Explanation explanation) {
    }

    public static MapProgressView of(Progress p, boolean startInterviewRequired,
            java.util.function.Function<String, nl.inburgering.kit.explain.Explanation> explain) {
        MapAssessment a = p.assessment();
        BigDecimal left = a.workExperienceHoursRequired().subtract(a.workExperienceHours()).max(BigDecimal.ZERO);
        return new MapProgressView(p.participant().participantId(),
                p.participant().plan() == null ? null : p.participant().plan().route(), p.applies(), a.completed(),
                a.completedOn(), a.culpability(),
                new StartInterview(startInterviewRequired, a.startInterviewOn()),
                new Education(a.themesDone().entrySet().stream().map(e -> new ThemeDone(e.getKey(), e.getValue()))
                        .toList(), a.themesLeft(), a.educationCompletedOn()),
                new WorkExperience(a.workExperienceHours().stripTrailingZeros(),
                        a.workExperienceHoursRequired().stripTrailingZeros(), left.stripTrailingZeros(),
                        a.workExperienceCompletedOn()),
                p.applies() ? a.outstanding().stream().map(o -> new Left(o.part(), o.rule(), o.text(), explain.apply(o.rule()))).toList()
                        : List.of(),
                p.entries().stream().map(MapEntryView::of).toList());
    }
}
