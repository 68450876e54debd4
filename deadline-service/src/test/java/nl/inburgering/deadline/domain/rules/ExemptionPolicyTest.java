package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.deadline.domain.rules.ExemptionPolicy.Decision;
import nl.inburgering.kit.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DUO's exemptions (rules §1.2) and the pause of a temporary one (§7.1, SS130), table-driven. */
class ExemptionPolicyTest {

    static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    static final Set<ExamComponent> READING = Set.of(ExamComponent.READING);

    static Decision d(ExemptionKind kind, ExemptionGround ground, ExemptionScope scope, Set<ExamComponent> components,
            LanguageLevel level, Integer cap, LocalDate until) {
        return new Decision(kind, ground, scope, components, level, cap, FROM, until);
    }

    static Stream<Arguments> decisions() {
        var V = ExemptionKind.VRIJSTELLING;
        var O = ExemptionKind.ONTHEFFING;
        var FULL = ExemptionScope.FULL;
        var PART = ExemptionScope.PARTIAL;
        var TEMP = ExemptionScope.TEMPORARY;
        return Stream.of(
                Arguments.of("a full vrijstelling on a diploma", d(V, ExemptionGround.DIP, FULL, null, null, null,
                        null), List.of()),
                Arguments.of("the kind from the ground", d(null, ExemptionGround.MED, FULL, null, null, null, null),
                        List.of()),
                Arguments.of("a partial vrijstelling at B1", d(V, ExemptionGround.GED, PART, READING,
                        LanguageLevel.B1, null, null), List.of()),
                Arguments.of("a partial ontheffing with a cap", d(O, ExemptionGround.MED, PART,
                        Set.of(ExamComponent.KNM, ExamComponent.SPEAKING), null, 120, null), List.of()),
                Arguments.of("a temporary vrijstelling with its end", d(V, ExemptionGround.INS, TEMP, null, null,
                        null, FROM.plusMonths(6)), List.of()),
                Arguments.of("the ground of another kind", d(O, ExemptionGround.DIP, FULL, null, null, null, null),
                        List.of("§1.2-ground-kind")),
                Arguments.of("a scope the ground does not allow", d(V, ExemptionGround.DIP, PART, READING,
                        LanguageLevel.B1, null, null), List.of("§1.2-ground-scope")),
                Arguments.of("an ontheffing is never temporary", d(O, ExemptionGround.BIO, TEMP, null, null, null,
                        FROM.plusMonths(1)), List.of("§1.2-ground-scope")),
                Arguments.of("partial without components", d(O, ExemptionGround.BIO, PART, Set.of(), null, null,
                        null), List.of("§1.2-partial-components")),
                Arguments.of("full with components", d(V, ExemptionGround.DIP, FULL, READING, null, null, null),
                        List.of("§1.2-partial-components")),
                Arguments.of("a partial vrijstelling of KNM", d(V, ExemptionGround.GED, PART,
                        Set.of(ExamComponent.KNM), LanguageLevel.A2, null, null),
                        List.of("§1.2-partial-language-only")),
                Arguments.of("a partial vrijstelling without a level", d(V, ExemptionGround.GED, PART, READING, null,
                        null, null), List.of("§1.2-partial-level")),
                Arguments.of("a partial vrijstelling at A1", d(V, ExemptionGround.GED, PART, READING,
                        LanguageLevel.A1, null, null), List.of("§1.2-partial-level")),
                Arguments.of("a level on a full one", d(V, ExemptionGround.DIP, FULL, null, LanguageLevel.B1, null,
                        null), List.of("§1.2-partial-level")),
                Arguments.of("a cap on a vrijstelling", d(V, ExemptionGround.GED, PART, READING, LanguageLevel.B1, 10,
                        null), List.of("§1.2-hours-cap")),
                Arguments.of("a cap on a full ontheffing", d(O, ExemptionGround.MED, FULL, null, null, 10, null),
                        List.of("§1.2-hours-cap")),
                Arguments.of("a cap out of range", d(O, ExemptionGround.MED, PART, READING, null, 10000, null),
                        List.of("§1.2-hours-cap")),
                Arguments.of("a negative cap", d(O, ExemptionGround.MED, PART, READING, null, -1, null),
                        List.of("§1.2-hours-cap")),
                Arguments.of("a cap of 0: cannot take part", d(O, ExemptionGround.MED, PART, READING, null, 0, null),
                        List.of()),
                Arguments.of("temporary without an end", d(V, ExemptionGround.OPL, TEMP, null, null, null, null),
                        List.of("§1.2-temporary-until")),
                Arguments.of("an end before the start", d(V, ExemptionGround.OPL, TEMP, null, null, null,
                        FROM.minusDays(1)), List.of("before-valid-from")),
                Arguments.of("every error at once", d(O, ExemptionGround.GED, FULL, Set.of(ExamComponent.KNM),
                        null, 5, FROM.minusDays(1)), List.of("§1.2-ground-kind", "§1.2-ground-scope",
                        "§1.2-partial-components", "§1.2-hours-cap", "before-valid-from")),
                Arguments.of("every error of a partial vrijstelling at once", d(V, ExemptionGround.GED, PART,
                        Set.of(ExamComponent.KNM), LanguageLevel.B2, 5, FROM.minusDays(1)), List.of(
                        "§1.2-partial-language-only", "§1.2-partial-level", "§1.2-hours-cap", "before-valid-from")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void anExemptionIsOneDuoCanGrant_section1_2(String name, Decision decision, List<String> expected) {
        assertThat(ExemptionPolicy.errors(decision)).extracting(FieldError::code)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2029, 2, 2);

    static Decision temporary(LocalDate from, LocalDate until) {
        return new Decision(null, ExemptionGround.INS, ExemptionScope.TEMPORARY, null, null, null, from, until);
    }

    static Stream<Arguments> pauses() {
        return Stream.of(
                Arguments.of("inside the term: every day of it", temporary(LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 6, 30)), 181L),
                Arguments.of("one day", temporary(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)), 1L),
                Arguments.of("from before the start: from the start", temporary(LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 2, 11)), 10L),
                Arguments.of("ended before the start: nothing", temporary(LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 2, 1)), 0L),
                Arguments.of("across the end: all of it, the clock stopped", temporary(LocalDate.of(2029, 2, 1),
                        LocalDate.of(2029, 2, 10)), 10L),
                Arguments.of("from the end on: nothing left to stop", temporary(END, END.plusDays(30)), 0L),
                Arguments.of("a full exemption pauses nothing", new Decision(null, ExemptionGround.DIP,
                        ExemptionScope.FULL, null, null, null, LocalDate.of(2027, 1, 1), null), 0L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pauses")
    void aTemporaryExemptionStopsTheTermsClock_section7_1_SS130(String name, Decision decision, long expected) {
        assertThat(new ExemptionPolicy(true).pausedDays(decision, START, END)).isEqualTo(expected);
    }

    @Test
    void thePauseCanBeSwitchedOff_section11_15() {
        assertThat(new ExemptionPolicy(false).pausedDays(temporary(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30)), START, END)).isZero();
    }
}
