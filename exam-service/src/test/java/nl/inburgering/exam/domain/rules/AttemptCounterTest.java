package nl.inburgering.exam.domain.rules;

import static nl.inburgering.contracts.vocabulary.ExamComponent.KNM;
import static nl.inburgering.contracts.vocabulary.ExamComponent.READING;
import static nl.inburgering.contracts.vocabulary.ExamComponent.WRITING;
import static nl.inburgering.contracts.vocabulary.LanguageLevel.B1;
import static nl.inburgering.contracts.vocabulary.Payer.MUNICIPALITY;
import static nl.inburgering.contracts.vocabulary.Payer.PARTICIPANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** N7 ("per exam"), §4 (each component recorded on its own), E19 (in-time cancellation), E23 (no result). */
class AttemptCounterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private final AttemptCounter counter = new AttemptCounter(ExamPolicyConfig.defaults());

    static Stream<Arguments> whatCountsAsAnAttempt() {
        return Stream.of(
                Arguments.of("open registration", PriorAttempt.registered(READING, B1, DAY, MUNICIPALITY), true),
                Arguments.of("cancelled in time", PriorAttempt.cancelledInTime(READING, B1, DAY, MUNICIPALITY), false),
                Arguments.of("cancelled late", PriorAttempt.cancelledLate(READING, B1, DAY, MUNICIPALITY), true),
                Arguments.of("cancelled late, then Geen/Afgemeld", PriorAttempt.cancelledLate(READING, B1, DAY,
                        MUNICIPALITY, NoResultReason.WITHDRAWN), true),
                Arguments.of("cancelled late, then Geen/Verwijtbaar", PriorAttempt.cancelledLate(READING, B1, DAY,
                        MUNICIPALITY, NoResultReason.CULPABLE), true),
                Arguments.of("cancelled late, then Geen/Nietverwijtbaar", PriorAttempt.cancelledLate(READING, B1,
                        DAY, MUNICIPALITY, NoResultReason.NOT_CULPABLE), false),
                Arguments.of("passed", PriorAttempt.result(READING, B1, DAY, MUNICIPALITY, ExamOutcome.PASSED), true),
                Arguments.of("failed", PriorAttempt.result(READING, B1, DAY, PARTICIPANT, ExamOutcome.FAILED), true),
                Arguments.of("no result, culpable",
                        PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, NoResultReason.CULPABLE), true),
                Arguments.of("no result, absent",
                        PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, NoResultReason.ABSENT), true),
                Arguments.of("no result, withdrawn",
                        PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, NoResultReason.WITHDRAWN), true),
                Arguments.of("no result, not culpable",
                        PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, NoResultReason.NOT_CULPABLE), false));
    }

    @ParameterizedTest(name = "{0} counts: {2}")
    @MethodSource("whatCountsAsAnAttempt")
    void whatCountsAsAnAttempt_section4_E19_E23(String name, PriorAttempt attempt, boolean counts) {
        assertThat(counter.consumesAttempt(attempt)).isEqualTo(counts);
        assertThat(counter.use(attempt)).isEqualTo(attempt.status() == AttemptStatus.REGISTERED ? AttemptUse.HELD
                : counts ? AttemptUse.USED : AttemptUse.NOT_USED);
        assertThat(counter.nextAttemptNumber(READING, List.of(attempt))).isEqualTo(counts ? 2 : 1);
    }

    @Test
    void attemptNumbersRunOnePerConsumedAttempt_N7() {
        assertThat(counter.nextAttemptNumber(READING, List.of())).isEqualTo(1);
        List<PriorAttempt> prior = List.of(
                PriorAttempt.result(READING, B1, DAY, MUNICIPALITY, ExamOutcome.FAILED),
                PriorAttempt.cancelledInTime(READING, B1, DAY.plusDays(30), MUNICIPALITY),
                PriorAttempt.result(READING, B1, DAY.plusDays(60), MUNICIPALITY, ExamOutcome.FAILED));
        assertThat(counter.attemptsUsed(READING, prior)).isEqualTo(2);
        assertThat(counter.nextAttemptNumber(READING, prior)).isEqualTo(3);
    }

    @Test
    void componentsAreCountedSeparately_N7() {
        List<PriorAttempt> prior = List.of(
                PriorAttempt.result(READING, B1, DAY, MUNICIPALITY, ExamOutcome.FAILED),
                PriorAttempt.result(READING, B1, DAY.plusDays(40), MUNICIPALITY, ExamOutcome.FAILED),
                PriorAttempt.result(KNM, null, DAY, MUNICIPALITY, ExamOutcome.FAILED));
        assertThat(counter.nextAttemptNumber(READING, prior)).isEqualTo(3);
        assertThat(counter.nextAttemptNumber(KNM, prior)).isEqualTo(2);
        assertThat(counter.nextAttemptNumber(WRITING, prior)).isEqualTo(1);
    }

    @Test
    void noResultCountingFollowsTheConfiguredReasons_E23() {
        AttemptCounter strict = new AttemptCounter(ExamPolicyConfig.defaults()
                .withConsumingNoResultReasons(EnumSet.allOf(NoResultReason.class)));
        PriorAttempt notCulpable = PriorAttempt.noResult(READING, B1, DAY, MUNICIPALITY, NoResultReason.NOT_CULPABLE);
        assertThat(counter.consumesAttempt(notCulpable)).isFalse();
        assertThat(strict.consumesAttempt(notCulpable)).isTrue();
    }

    @Test
    void aPriorAttemptMustBeConsistent() {
        assertThatThrownBy(() -> new PriorAttempt(READING, B1, DAY, MUNICIPALITY, AttemptStatus.REGISTERED,
                ExamOutcome.FAILED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorAttempt(READING, B1, DAY, MUNICIPALITY, AttemptStatus.RESULT,
                ExamOutcome.FAILED, NoResultReason.ABSENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorAttempt(READING, B1, DAY, MUNICIPALITY, AttemptStatus.RESULT,
                ExamOutcome.NO_RESULT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorAttempt(READING, B1, DAY, MUNICIPALITY, AttemptStatus.CANCELLED_LATE,
                ExamOutcome.FAILED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorAttempt(READING, B1, DAY, MUNICIPALITY, AttemptStatus.CANCELLED_IN_TIME,
                ExamOutcome.NO_RESULT, NoResultReason.NOT_CULPABLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriorAttempt.registered(KNM, B1, DAY, MUNICIPALITY))
                .isInstanceOf(RuleViolationException.class);
    }
}
