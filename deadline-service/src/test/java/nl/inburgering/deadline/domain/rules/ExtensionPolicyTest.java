package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.stream.Stream;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Extensions of the term (rules §7.2, E6, E7), table-driven. */
class ExtensionPolicyTest {

    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final LocalDate END = LocalDate.of(2029, 2, 2);
    /** START + 2.5 years: the first day a request on most grounds may be filed. */
    static final LocalDate WINDOW = LocalDate.of(2028, 8, 2);
    static final ExtensionPolicy POLICY = new ExtensionPolicy(Map.of(ExtensionGround.BIO, Period.ofMonths(9),
            ExtensionGround.CHILDBIRTH, Period.ofYears(5)));

    static ExtensionPolicy.Facts facts(ExtensionGround ground, String extra, LocalDate requestedOn) {
        return new ExtensionPolicy.Facts(START, END, START, Route.B1, TargetGroup.ASYLUM_PERMIT_HOLDER, ground,
                Period.parse(extra), requestedOn);
    }

    /** Each row: ground, extra time, request day, the new end or the rule refused. */
    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of(ExtensionGround.CHILDBIRTH, "P16W", WINDOW, "2029-05-25"),
                Arguments.of(ExtensionGround.CHILDBIRTH, "P4M", WINDOW, ExtensionPolicy.EXTRA_TIME),
                Arguments.of(ExtensionGround.CHILDBIRTH, "P16W", WINDOW.minusDays(1), ExtensionPolicy.WINDOW),
                Arguments.of(ExtensionGround.LITERACY_COURSE, "P3M", WINDOW, "2029-05-02"),
                Arguments.of(ExtensionGround.LITERACY_COURSE, "P6M", WINDOW, "2029-08-02"),
                Arguments.of(ExtensionGround.LITERACY_COURSE, "P2M", WINDOW, ExtensionPolicy.EXTRA_TIME),
                Arguments.of(ExtensionGround.LITERACY_COURSE, "P7M", WINDOW, ExtensionPolicy.EXTRA_TIME),
                Arguments.of(ExtensionGround.MANY_LESSONS_AND_EXAMS, "P6M", END.minusDays(1), "2029-08-02"),
                Arguments.of(ExtensionGround.MANY_LESSONS_AND_EXAMS, "P6M1D", WINDOW, ExtensionPolicy.EXTRA_TIME),
                Arguments.of(ExtensionGround.MARKING_DELAY, "P6M", START.plusMonths(4), "2029-08-02"),
                Arguments.of(ExtensionGround.ILLNESS, "P5M", WINDOW.plusMonths(1), "2029-07-02"),
                Arguments.of(ExtensionGround.ILLNESS, "P0D", WINDOW, ExtensionPolicy.EXTRA_TIME),
                Arguments.of(ExtensionGround.BIO, "P9M", WINDOW, "2029-11-02"),
                Arguments.of(ExtensionGround.BIO, "P10M", WINDOW, ExtensionPolicy.EXTRA_TIME),
                // E6: a request after the end, counted from the end
                Arguments.of(ExtensionGround.ILLNESS, "P6M", END.plusMonths(2), "2029-08-02"));
    }

    @ParameterizedTest(name = "{0} {1} requested {2}: {3}")
    @MethodSource("decisions")
    void anExtensionFollowsItsGround_section7_2(ExtensionGround ground, String extra, LocalDate requestedOn,
            String expected) {
        if (expected.startsWith("§")) {
            assertThatThrownBy(() -> POLICY.requireAllowed(facts(ground, extra, requestedOn)))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(expected));
        } else {
            assertThat(POLICY.requireAllowed(facts(ground, extra, requestedOn))).isEqualTo(LocalDate.parse(expected));
        }
    }

    @Test
    void theWindowOpensWhenTheTermHasRunTwoAndAHalfYears_section7_2() {
        assertThat(ExtensionPolicy.windowOpensOn(START)).isEqualTo(WINDOW);
        assertThat(ExtensionPolicy.windowOpensOn(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2030, 8, 29));
    }

    @Test
    void oneExtensionPerPeriod_section7_2_E7() {
        // The first extension moved the end from 2029-02-02 to 2029-05-25: that end opens the next period.
        ExtensionPolicy.Facts inTheSamePeriod = new ExtensionPolicy.Facts(START, LocalDate.of(2029, 5, 25), END,
                Route.B1, TargetGroup.ASYLUM_PERMIT_HOLDER, ExtensionGround.ILLNESS, Period.ofMonths(4),
                END.minusDays(1));
        assertThatThrownBy(() -> POLICY.requireAllowed(inTheSamePeriod))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule())
                        .isEqualTo(ExtensionPolicy.ONCE_PER_PERIOD));
        // A request in the extended period, on the same ground again (Besluit art. 4.5), is allowed.
        ExtensionPolicy.Facts inTheNextPeriod = new ExtensionPolicy.Facts(START, LocalDate.of(2029, 5, 25), END,
                Route.B1, TargetGroup.ASYLUM_PERMIT_HOLDER, ExtensionGround.ILLNESS, Period.ofMonths(4), END);
        assertThat(POLICY.requireAllowed(inTheNextPeriod)).isEqualTo(LocalDate.of(2029, 9, 25));
    }

    @Test
    void groundsForSomeRoutesAndTargetGroupsOnly_section7_2() {
        ExtensionPolicy.Facts zroute = new ExtensionPolicy.Facts(START, END, START, Route.SELF_SUFFICIENCY,
                TargetGroup.ASYLUM_PERMIT_HOLDER, ExtensionGround.LITERACY_COURSE, Period.ofMonths(3), WINDOW);
        assertThatThrownBy(() -> POLICY.requireAllowed(zroute)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(ExtensionPolicy.ROUTE));
        ExtensionPolicy.Facts family = new ExtensionPolicy.Facts(START, END, START, Route.B1,
                TargetGroup.FAMILY_OR_OTHER_MIGRANT, ExtensionGround.LATE_COURSE_OFFER, Period.ofMonths(3), WINDOW);
        assertThatThrownBy(() -> POLICY.requireAllowed(family)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(ExtensionPolicy.TARGET_GROUP));
    }

    @Test
    void aFixedAmountIsNeverOverriddenByConfiguration() {
        assertThat(POLICY.maximum(ExtensionGround.CHILDBIRTH)).isEqualTo(Period.ofWeeks(16));
        assertThat(POLICY.maximum(ExtensionGround.BIO)).isEqualTo(Period.ofMonths(9));
        assertThat(POLICY.maximum(ExtensionGround.ILLNESS)).isEqualTo(Period.ofYears(1));
    }
}
