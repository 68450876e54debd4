package nl.inburgering.exam.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamOutcome.FAILED;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.NO_RESULT;
import static nl.inburgering.contracts.vocabulary.ExamOutcome.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.Stream;

import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** N17 (results follow the exam), DUO Examen API (redenGeenResultaat only with "Geen"; one result per exam), §4. */
class ResultRulesTest {

    private static final LocalDate EXAM = LocalDate.of(2026, 3, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    private static ExamResult result(ExamOutcome outcome, NoResultReason reason, Integer score, LocalDate date) {
        return new ExamResult(outcome, reason, score, date);
    }

    private static void assertRefused(Runnable action, String rule) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void resultDateBeforeExamDateIsRefused() {
        assertRefused(() -> ResultRules.accept(EXAM, null, result(PASSED, null, null, EXAM.minusDays(1)), TODAY),
                "N17");
    }

    @Test
    void resultDateInTheFutureIsRefused() {
        assertRefused(() -> ResultRules.accept(EXAM, null, result(PASSED, null, null, TODAY.plusDays(1)), TODAY),
                "N17");
    }

    @ParameterizedTest(name = "result date {0}")
    @CsvSource({"2026-03-10", "2026-04-01", "2026-04-20"})
    void resultDateFromTheExamDayUpToTodayIsAccepted_N17(LocalDate resultDate) {
        assertThat(ResultRules.accept(EXAM, null, result(FAILED, null, 12, resultDate), TODAY))
                .isEqualTo(ResultDecision.NEW);
    }

    @ParameterizedTest(name = "{0} with reason {1}: valid = {2}")
    @CsvSource(nullValues = "none", value = {
            "NO_RESULT, CULPABLE,     true",
            "NO_RESULT, NOT_CULPABLE, true",
            "NO_RESULT, WITHDRAWN,    true",
            "NO_RESULT, ABSENT,       true",
            "NO_RESULT, none,         false",
            "PASSED,    none,         true",
            "FAILED,    none,         true",
            "PASSED,    ABSENT,       false",
            "FAILED,    NOT_CULPABLE, false",
    })
    void noResultRequiresAReasonAndPassedOrFailedMustNotCarryOne_DUO(ExamOutcome outcome, NoResultReason reason,
                                                                      boolean valid) {
        ExamResult r = result(outcome, reason, null, TODAY);
        if (valid) {
            assertThat(ResultRules.accept(EXAM, null, r, TODAY)).isEqualTo(ResultDecision.NEW);
        } else {
            assertRefused(() -> ResultRules.accept(EXAM, null, r, TODAY), "DUO-EXAMEN-1");
            assertThat(ResultRules.violations(EXAM, r, TODAY)).singleElement()
                    .extracting(RuleViolation::field).isEqualTo("noResultReason");
        }
    }

    @ParameterizedTest(name = "score {0}: valid = {1}")
    @CsvSource(nullValues = "none", value = {"none, true", "0, true", "35, true", "-1, false"})
    void theScoreIsOptionalAndNotNegative_section4(Integer score, boolean valid) {
        ExamResult r = result(PASSED, null, score, TODAY);
        assertThat(ResultRules.violations(EXAM, r, TODAY).isEmpty()).isEqualTo(valid);
        if (!valid) {
            assertRefused(() -> ResultRules.accept(EXAM, null, r, TODAY), "§4");
        }
    }

    @Test
    void allProblemsOfAResultAreReportedAtOnce() {
        assertThat(ResultRules.violations(EXAM, result(NO_RESULT, null, -3, EXAM.minusDays(1)), TODAY))
                .extracting(RuleViolation::rule, RuleViolation::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DUO-EXAMEN-1", "noResultReason"),
                        org.assertj.core.groups.Tuple.tuple("§4", "score"),
                        org.assertj.core.groups.Tuple.tuple("N17", "resultDate"));
        assertThat(ResultRules.violations(EXAM, result(null, null, null, null), TODAY))
                .extracting(RuleViolation::field).containsExactly("outcome", "resultDate");
    }

    @Test
    void theSameResultAgainIsIdempotent() {
        ExamResult first = result(NO_RESULT, NoResultReason.ABSENT, null, TODAY.minusDays(3));
        ExamResult again = result(NO_RESULT, NoResultReason.ABSENT, null, TODAY.minusDays(3));
        assertThat(ResultRules.accept(EXAM, first, again, TODAY)).isEqualTo(ResultDecision.SAME);
    }

    static Stream<Arguments> differentSecondResults() {
        ExamResult recorded = result(FAILED, null, 20, LocalDate.of(2026, 4, 1));
        return Stream.of(
                Arguments.of("other outcome", recorded, result(PASSED, null, 20, LocalDate.of(2026, 4, 1))),
                Arguments.of("other score", recorded, result(FAILED, null, 21, LocalDate.of(2026, 4, 1))),
                Arguments.of("score left out", recorded, result(FAILED, null, null, LocalDate.of(2026, 4, 1))),
                Arguments.of("other date", recorded, result(FAILED, null, 20, LocalDate.of(2026, 4, 2))),
                Arguments.of("other reason",
                        result(NO_RESULT, NoResultReason.ABSENT, null, LocalDate.of(2026, 4, 1)),
                        result(NO_RESULT, NoResultReason.NOT_CULPABLE, null, LocalDate.of(2026, 4, 1))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("differentSecondResults")
    void aDifferentSecondResultIsRefused(String name, ExamResult recorded, ExamResult second) {
        assertRefused(() -> ResultRules.accept(EXAM, recorded, second, TODAY), "DUO-EXAMEN-2");
    }

    @Test
    void anInvalidRetryIsRefusedForItsOwnReasonFirst() {
        ExamResult recorded = result(PASSED, null, null, TODAY);
        assertRefused(() -> ResultRules.accept(EXAM, recorded, result(PASSED, null, null, TODAY.plusDays(1)), TODAY),
                "N17");
    }
}
