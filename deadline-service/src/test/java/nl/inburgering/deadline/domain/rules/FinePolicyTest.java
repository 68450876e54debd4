package nl.inburgering.deadline.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.deadline.domain.rules.FinePolicy.Facts;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;
import nl.inburgering.deadline.domain.rules.FinePolicy.Municipal;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Fines (rules §7.5, §8, N19–N24), table-driven. */
class FinePolicyTest {

    static final Municipal DEFAULT = new Municipal(new BigDecimal("250"), 2, new BigDecimal("800"));

    static FinePolicy.Settings settings(boolean asylumExempt, String reductionPerExam) {
        return new FinePolicy.Settings(new BigDecimal("1000"), new BigDecimal(reductionPerExam), new BigDecimal("340"),
                new BigDecimal("340"), asylumExempt, List.of(Period.ofYears(2), Period.ofMonths(18),
                        Period.ofYears(1), Period.ofMonths(6)), 200, List.of(Period.ofYears(2), Period.ofMonths(18),
                        Period.ofYears(1), Period.ofMonths(6)), Period.ofMonths(6), Period.ofYears(1), DEFAULT,
                Map.of("GM0599", new Municipal(new BigDecimal("200"), 1, new BigDecimal("500"))));
    }

    static final FinePolicy POLICY = new FinePolicy(settings(true, "0"));
    static final TargetGroup FAMILY = TargetGroup.FAMILY_OR_OTHER_MIGRANT;
    static final TargetGroup ASYLUM = TargetGroup.ASYLUM_PERMIT_HOLDER;

    static Stream<Arguments> expected() {
        return Stream.of(
                Arguments.of("leerroute: the maximum (N19)", POLICY, new Facts(Kind.ROUTE, FAMILY, Route.B1, 0), "1000"),
                Arguments.of("leerroute with a configured reduction per exam passed",
                        new FinePolicy(settings(true, "150")), new Facts(Kind.ROUTE, FAMILY, Route.B1, 3), "550"),
                Arguments.of("never below 0", new FinePolicy(settings(true, "300")),
                        new Facts(Kind.ROUTE, FAMILY, Route.B1, 5), "0"),
                Arguments.of("MAP €340 (N21)", POLICY, new Facts(Kind.MAP, FAMILY, Route.SELF_SUFFICIENCY, 0), "340"),
                Arguments.of("PVT €340 (N20)", POLICY, new Facts(Kind.PVT, FAMILY, Route.EDUCATION, 0), "340"),
                Arguments.of("no MAP fine in the Onderwijsroute", POLICY, new Facts(Kind.MAP, FAMILY,
                        Route.EDUCATION, 0), "0"),
                Arguments.of("no fine for an asylum permit holder (§7.5)", POLICY, new Facts(Kind.ROUTE, ASYLUM,
                        Route.B1, 0), "0"),
                Arguments.of("the switch off: fined as anyone", new FinePolicy(settings(false, "0")),
                        new Facts(Kind.PVT, ASYLUM, Route.B1, 0), "340"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void theExpectedAmount_N19_N20_N21_section7_5(String name, FinePolicy policy, Facts facts, String amount) {
        assertThat(policy.expected(facts)).isEqualByComparingTo(amount);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new Facts(Kind.ROUTE, ASYLUM, Route.B1, 0), "100", FinePolicy.ASYLUM),
                Arguments.of(new Facts(Kind.ROUTE, FAMILY, Route.B1, 0), "1000.01", FinePolicy.MAXIMUM),
                Arguments.of(new Facts(Kind.PVT, FAMILY, Route.B1, 0), "341", FinePolicy.MAXIMUM),
                Arguments.of(new Facts(Kind.MAP, FAMILY, Route.EDUCATION, 0), "340", FinePolicy.NO_MAP));
    }

    @ParameterizedTest(name = "{2}: {0} €{1}")
    @MethodSource("refusals")
    void aFineThatMayNotBeImposedIsRefusedNamingItsRule_section7_5(Facts facts, String amount, String rule) {
        assertThatThrownBy(() -> POLICY.requireAllowed(facts, new BigDecimal(amount)))
                .isInstanceOf(RuleViolationException.class).extracting(e -> ((RuleViolationException) e).rule())
                .isEqualTo(rule);
    }

    @Test
    void aFineUpToItsMaximumIsAllowed_N19() {
        assertThatCode(() -> POLICY.requireAllowed(new Facts(Kind.ROUTE, FAMILY, Route.B1, 2), new BigDecimal("1000")))
                .doesNotThrowAnyException();
        assertThatCode(() -> POLICY.requireAllowed(new Facts(Kind.MAP, FAMILY, Route.B1, 0), new BigDecimal("340")))
                .doesNotThrowAnyException();
    }

    static Stream<Arguments> newTerms() {
        return Stream.of(
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.B1, 0, 0, Period.ofYears(2)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.B1, 1, 0, Period.ofMonths(18)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.EDUCATION, 2, 0, Period.ofYears(1)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.B1, 3, 0, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.B1, 4, 0, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 0, Period.ofYears(2)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 200, Period.ofYears(2)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 201, Period.ofMonths(18)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 400, Period.ofMonths(18)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 600, Period.ofYears(1)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 601, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.ROUTE), Route.SELF_SUFFICIENCY, 0, 900, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.PVT), Route.B1, 0, 0, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.MAP), Route.B1, 0, 0, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.MAP, Kind.PVT), Route.B1, 0, 0, Period.ofYears(1)),
                Arguments.of(EnumSet.of(Kind.ROUTE, Kind.PVT), Route.B1, 3, 0, Period.ofMonths(6)),
                Arguments.of(EnumSet.of(Kind.ROUTE, Kind.MAP, Kind.PVT), Route.B1, 3, 0, Period.ofYears(1)),
                Arguments.of(EnumSet.of(Kind.ROUTE, Kind.MAP, Kind.PVT), Route.B1, 0, 0, Period.ofYears(2)));
    }

    @ParameterizedTest(name = "{0} {1}, {2} exams, {3} h → {4}")
    @MethodSource("newTerms")
    void theNewTermAfterAFineIsTheLongestNeverAdded_N22(Set<Kind> kinds, Route route, int exams, int hours,
            Period expected) {
        assertThat(POLICY.newTerm(kinds, route, exams, hours)).isEqualTo(expected);
    }

    @Test
    void theNewEndCountsFromTheDecisionAndNeverComesBack_N22() {
        LocalDate end = LocalDate.of(2029, 2, 2);
        assertThat(FinePolicy.newEnd(end, LocalDate.of(2029, 4, 1), Period.ofYears(1)))
                .isEqualTo(LocalDate.of(2030, 4, 1));
        // a second fine of the round with a shorter new term leaves the end the first set
        assertThat(FinePolicy.newEnd(LocalDate.of(2030, 4, 1), LocalDate.of(2029, 4, 5), Period.ofMonths(6)))
                .isEqualTo(LocalDate.of(2030, 4, 1));
    }

    static Stream<Arguments> municipal() {
        return Stream.of(
                Arguments.of("GM0363", Kind.INTAKE_NO_SHOW, "250", 0, null),
                Arguments.of("GM0363", Kind.INTAKE_NO_SHOW, "250", 1, null),
                Arguments.of("GM0363", Kind.INTAKE_NO_SHOW, "250", 2, FinePolicy.INTAKE_STEPS),
                Arguments.of("GM0363", Kind.INTAKE_NO_SHOW, "300", 0, FinePolicy.INTAKE_AMOUNT),
                Arguments.of("GM0363", Kind.PIP_OBLIGATION, "800", 0, null),
                Arguments.of("GM0363", Kind.PIP_OBLIGATION, "800.50", 0, FinePolicy.MAXIMUM),
                Arguments.of("GM0599", Kind.INTAKE_NO_SHOW, "200", 0, null),
                Arguments.of("GM0599", Kind.INTAKE_NO_SHOW, "200", 1, FinePolicy.INTAKE_STEPS),
                Arguments.of("GM0599", Kind.PIP_OBLIGATION, "600", 0, FinePolicy.MAXIMUM));
    }

    @ParameterizedTest(name = "{0} {1} €{2} after {3} steps → {4}")
    @MethodSource("municipal")
    void theMunicipalityFinesByItsOwnAmounts_N23_N24(String gm, Kind kind, String amount, int before, String rule) {
        if (rule == null) {
            assertThatCode(() -> POLICY.requireMunicipalAllowed(gm, kind, new BigDecimal(amount), before))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> POLICY.requireMunicipalAllowed(gm, kind, new BigDecimal(amount), before))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo(rule);
        }
    }
}
