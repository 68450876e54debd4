package nl.inburgering.map.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("MapCompletionPolicy: the MAP's parts before the final interview, and what completes it (§5, N11)")
class MapCompletionPolicyTest {

    private static final LocalDate D = LocalDate.of(2026, 5, 1);
    private final MapCompletionPolicy policy = new MapCompletionPolicy(MapRulesConfig.defaults());

    private static UUID id() {
        return UUID.randomUUID();
    }

    /** Every part done by {@code D}: start interview, the eight themes, 40 hours. */
    private static List<MapEntryFacts> allPartsDone() {
        List<MapEntryFacts> entries = new ArrayList<>();
        entries.add(MapEntryFacts.startInterview(id(), D.minusMonths(2)));
        for (String theme : MapRulesConfig.DEFAULT_THEMES) {
            entries.add(MapEntryFacts.theme(id(), theme, D.minusMonths(1)));
        }
        entries.add(MapEntryFacts.workExperience(id(), D.minusDays(10), new BigDecimal("24")));
        entries.add(MapEntryFacts.workExperience(id(), D, new BigDecimal("16")));
        return entries;
    }

    private static void refused(String rule, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    @DisplayName("N11, §5: with every part done the final interview may take place")
    void everyPartDoneAllowsTheFinalInterview() {
        assertThatCode(() -> policy.requireFinalInterviewAllowed(allPartsDone(), D, FinalInterviewOutcome.SUFFICIENT))
                .doesNotThrowAnyException();
        MapAssessment a = policy.assess(allPartsDone());
        assertThat(a.workExperienceCompletedOn()).isEqualTo(D);
        assertThat(a.educationCompletedOn()).isEqualTo(D.minusMonths(1));
        assertThat(a.beforeFinalInterview()).isEmpty();
        assertThat(a.completed()).isFalse();
    }

    @ParameterizedTest(name = "{0} hours")
    @CsvSource({"39.75, refused", "40, accepted", "52.5, accepted"})
    @DisplayName("N11: finalInterviewNeedsFortyHoursOfWorkExperience")
    void finalInterviewNeedsFortyHoursOfWorkExperience(BigDecimal hours, String expected) {
        List<MapEntryFacts> entries = new ArrayList<>(allPartsDone().stream()
                .filter(e -> e.kind() != MapPartKind.WORK_EXPERIENCE).toList());
        entries.add(MapEntryFacts.workExperience(id(), D, hours));
        if (expected.equals("accepted")) {
            assertThatCode(() -> policy.requireFinalInterviewAllowed(entries, D, FinalInterviewOutcome.SUFFICIENT))
                    .doesNotThrowAnyException();
        } else {
            refused(RuleCodes.FORTY_HOURS,
                    () -> policy.requireFinalInterviewAllowed(entries, D, FinalInterviewOutcome.SUFFICIENT));
        }
    }

    @Test
    @DisplayName("N11: hours after the interview's date do not count for it")
    void hoursAfterTheInterviewDoNotCount() {
        refused(RuleCodes.FORTY_HOURS, () -> policy.requireFinalInterviewAllowed(allPartsDone(), D.minusDays(1),
                FinalInterviewOutcome.SUFFICIENT));
    }

    @Test
    @DisplayName("§5: finalInterviewNeedsEveryTheme, and the detail names the themes left")
    void finalInterviewNeedsEveryTheme() {
        List<MapEntryFacts> entries = allPartsDone().stream()
                .filter(e -> !"WORK_CULTURE".equals(e.theme())).toList();
        assertThatThrownBy(() -> policy.requireFinalInterviewAllowed(entries, D, FinalInterviewOutcome.NOT_SUFFICIENT))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(RuleCodes.THEMES_FIRST);
                    assertThat(e.detail()).contains("7 of 8").contains("WORK_CULTURE");
                });
    }

    @Test
    @DisplayName("Seed (configurable): finalInterviewNeedsTheStartInterview, unless map.start-interview-required=false")
    void finalInterviewNeedsTheStartInterview() {
        List<MapEntryFacts> entries = allPartsDone().stream()
                .filter(e -> e.kind() != MapPartKind.START_INTERVIEW).toList();
        refused(RuleCodes.START_INTERVIEW_FIRST,
                () -> policy.requireFinalInterviewAllowed(entries, D, FinalInterviewOutcome.SUFFICIENT));
        MapCompletionPolicy lenient = new MapCompletionPolicy(new MapRulesConfig(false,
                MapRulesConfig.DEFAULT_THEMES, BigDecimal.valueOf(40), BigDecimal.valueOf(24)));
        assertThatCode(() -> lenient.requireFinalInterviewAllowed(entries, D, FinalInterviewOutcome.SUFFICIENT))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("§5: everything missing is named in one detail; the code is the first part missing")
    void everythingMissingIsNamed() {
        assertThatThrownBy(() -> policy.requireFinalInterviewAllowed(List.of(), D, FinalInterviewOutcome.SUFFICIENT))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.rule()).isEqualTo(RuleCodes.START_INTERVIEW_FIRST);
                    assertThat(e.detail()).contains("start interview").contains("0 of 8").contains("0 of 40 hours");
                });
    }

    @Test
    @DisplayName("§5: sufficientFinalInterviewCompletesTheMap; a NOT_SUFFICIENT one is kept and completes nothing")
    void sufficientFinalInterviewCompletesTheMap() {
        List<MapEntryFacts> entries = new ArrayList<>(allPartsDone());
        entries.add(MapEntryFacts.finalInterview(id(), D, FinalInterviewOutcome.NOT_SUFFICIENT, null));
        assertThat(policy.assess(entries).completed()).isFalse();
        assertThat(policy.assess(entries).outstanding()).extracting(MapAssessment.Outstanding::part)
                .containsExactly(MapPartKind.FINAL_INTERVIEW);
        assertThat(policy.assess(entries).outstanding().get(0).text()).startsWith("The final interview of " + D
                + " did not complete the MAP");
        assertThatCode(() -> policy.requireFinalInterviewAllowed(entries, D.plusDays(7),
                FinalInterviewOutcome.SUFFICIENT)).doesNotThrowAnyException();
        entries.add(MapEntryFacts.finalInterview(id(), D.plusDays(7), FinalInterviewOutcome.SUFFICIENT,
                Culpability.NO));
        MapAssessment done = policy.assess(entries);
        assertThat(done.completedOn()).isEqualTo(D.plusDays(7));
        assertThat(done.culpability()).isEqualTo(Culpability.NO);
        assertThat(done.outstanding()).isEmpty();
    }

    @Test
    @DisplayName("N11, §5: a sufficient final interview completes the MAP only while its parts stay done by its day")
    void aCompletionNeedsThePartsStillDoneByTheInterview_N11() {
        List<MapEntryFacts> parts = allPartsDone();
        MapEntryFacts interview = MapEntryFacts.finalInterview(id(), D, FinalInterviewOutcome.SUFFICIENT, null);
        List<MapEntryFacts> entries = new ArrayList<>(parts);
        entries.add(interview);
        assertThat(policy.assess(entries).completedOn()).isEqualTo(D);
        // The 16 hours withdrawn (or corrected away): 24 of 40, so not completed, and the hours are outstanding.
        List<MapEntryFacts> fewerHours = new ArrayList<>(entries);
        fewerHours.removeIf(e -> e.kind() == MapPartKind.WORK_EXPERIENCE && e.date().equals(D));
        assertThat(policy.assess(fewerHours).completed()).isFalse();
        assertThat(policy.assess(fewerHours).outstanding()).extracting(MapAssessment.Outstanding::rule)
                .contains(RuleCodes.FORTY_HOURS);
        // A theme withdrawn: not completed either.
        List<MapEntryFacts> themeGone = new ArrayList<>(entries);
        themeGone.removeIf(e -> e.kind() == MapPartKind.THEME && e.theme().equals("FINDING_WORK"));
        assertThat(policy.assess(themeGone).completed()).isFalse();
        // Hours moved after the interview count for a later interview only.
        List<MapEntryFacts> lateHours = new ArrayList<>(fewerHours);
        lateHours.add(MapEntryFacts.workExperience(id(), D.plusDays(3), new BigDecimal("16")));
        assertThat(policy.assess(lateHours).completed()).isFalse();
        lateHours.add(MapEntryFacts.finalInterview(id(), D.plusDays(5), FinalInterviewOutcome.SUFFICIENT, null));
        assertThat(policy.assess(lateHours).completedOn()).isEqualTo(D.plusDays(5));
    }

    @Test
    @DisplayName("MAP-COMPLETED: a completed MAP takes no second final interview")
    void aCompletedMapTakesNoSecondFinalInterview() {
        List<MapEntryFacts> entries = new ArrayList<>(allPartsDone());
        entries.add(MapEntryFacts.finalInterview(id(), D, FinalInterviewOutcome.SUFFICIENT, null));
        refused(RuleCodes.ALREADY_COMPLETED, () -> policy.requireFinalInterviewAllowed(entries, D.plusDays(1),
                FinalInterviewOutcome.SUFFICIENT));
    }

    @Test
    @DisplayName("MAP-RECORDED-ONCE: the start interview and each theme are recorded once")
    void recordedOnce() {
        refused(RuleCodes.RECORDED_ONCE, () -> MapCompletionPolicy.requireNotRecordedYet(allPartsDone(),
                MapPartKind.START_INTERVIEW, null));
        refused(RuleCodes.RECORDED_ONCE, () -> MapCompletionPolicy.requireNotRecordedYet(allPartsDone(),
                MapPartKind.THEME, "FINDING_WORK"));
        assertThatCode(() -> MapCompletionPolicy.requireNotRecordedYet(List.of(MapEntryFacts.theme(id(),
                "FINDING_WORK", D)), MapPartKind.THEME, "WORK_CULTURE")).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("MAP-HOURS-PER-DAY: one day holds at most 24 hours of work experience; a corrected entry not twice")
    void oneDayHoldsAtMost24Hours() {
        UUID self = id();
        List<MapEntryFacts> day = List.of(MapEntryFacts.workExperience(self, D, new BigDecimal("16")));
        assertThatCode(() -> policy.requireHoursOnDay(day, D, new BigDecimal("8"), id())).doesNotThrowAnyException();
        refused(RuleCodes.HOURS_PER_DAY, () -> policy.requireHoursOnDay(day, D, new BigDecimal("8.25"), id()));
        assertThatCode(() -> policy.requireHoursOnDay(day, D, new BigDecimal("24"), self)).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireHoursOnDay(day, D.plusDays(1), new BigDecimal("24"), id()))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("N11: the outstanding work experience reads as hours recorded and to go")
    void outstandingReadsAsHoursToGo() {
        MapAssessment a = policy.assess(List.of(MapEntryFacts.workExperience(id(), D, new BigDecimal("12.5"))));
        assertThat(a.outstanding()).anySatisfy(o -> {
            assertThat(o.rule()).isEqualTo("N11");
            assertThat(o.text()).isEqualTo("12.5 of 40 hours of work experience are recorded; 27.5 hours to go.");
        });
    }

    @Test
    @DisplayName("§5: a theme done twice counts from its first day; configuration refuses repeats")
    void configuration() {
        assertThatThrownBy(() -> new MapRulesConfig(true, List.of("A", "A"), BigDecimal.TEN, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MapRulesConfig(true, List.of(), BigDecimal.TEN, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
