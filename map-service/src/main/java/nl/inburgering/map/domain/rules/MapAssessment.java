package nl.inburgering.map.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;

/**
 * Where a participant's MAP stands, from the entries recorded (see {@link MapCompletionPolicy#assess}).
 *
 * @param startInterviewOn          the start interview's date; null when none
 * @param themesDone                each theme done, with its date, in the configured order
 * @param themesLeft                the themes not done yet, in the configured order
 * @param educationCompletedOn      the day the last theme was done; null while themes are left
 * @param workExperienceHours       the hours of work experience recorded
 * @param workExperienceCompletedOn the day the hours reached the required total; null before
 * @param completedOn               the date of the SUFFICIENT final interview that completed the MAP; null when none
 * @param culpability               its verwijtbaar flag; null when not given or not completed
 * @param outstanding               what is left, each with the rule that asks for it, in words for the participant
 */
public record MapAssessment(
        LocalDate startInterviewOn,
        Map<String, LocalDate> themesDone,
        List<String> themesLeft,
        LocalDate educationCompletedOn,
        BigDecimal workExperienceHours,
        BigDecimal workExperienceHoursRequired,
        LocalDate workExperienceCompletedOn,
        LocalDate completedOn,
        Culpability culpability,
        List<Outstanding> outstanding) {

    /** One thing left to do: the part, the rule that asks for it, and what it means. */
    public record Outstanding(MapPartKind part, String rule, String text) {
    }

    public boolean completed() {
        return completedOn != null;
    }

    /** What the final interview still waits for (the parts before it); empty when it may take place. */
    public List<Outstanding> beforeFinalInterview() {
        return outstanding.stream().filter(o -> o.part() != MapPartKind.FINAL_INTERVIEW).toList();
    }
}
